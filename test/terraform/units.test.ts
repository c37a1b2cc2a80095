// Terraform unit planning (src/formats/terraform/units.ts): the local module calls found in a file's bytes, and the
// units they make. The engine's side (each file owned by one unit, reports as one call) is test/engine/pool.test.ts.
import { describe, expect, it } from 'vitest';
import type { SurveyedFile } from '../../src/engine/units.ts';
import { localCalls, terraformUnits } from '../../src/formats/terraform/units.ts';

const calls = (text: string, dir = 'svc') => localCalls(Buffer.from(text, 'utf8'), dir);

describe('localCalls', () => {
  it('finds HCL and JSON local sources, relative to the file', () => {
    expect(calls('module "a" {\n  source = "../modules/a/"\n}\n')).toEqual(['modules/a']);
    expect(calls('{"module": {"b": {"source": "./b"}}}')).toEqual(['svc/b']);
    expect(calls('module "r" {\n  source = "hashicorp/consul/aws"\n}\n')).toEqual([]);
  });

  it('skips names that end in source, and sources that leave the scan root', () => {
    expect(calls('data_source = "./x"\nsource = "../../../out"\n')).toEqual([]);
  });

  it('reads a path as UTF-8, and the characters after `source` as text, not bytes', () => {
    expect(calls('source = "./módulo"\n')).toEqual(['svc/módulo']);
    // 500 characters of which each is 3 bytes in UTF-8: within the 506 characters looked at after `source`.
    const far = `source =${' '.repeat(2)}"./${'é'.repeat(490)}"`;
    expect(calls(far)).toEqual([`svc/${'é'.repeat(490)}`]);
    expect(calls(`source =${' '.repeat(510)}"./x"`)).toEqual([]);
  });
});

describe('terraformUnits.group', () => {
  const file = (path: string, facts?: string[]): SurveyedFile => ({
    ref: { path, absPath: `/x/${path}` },
    size: 10,
    facts,
    read: { ok: true, bytes: new Uint8Array(10) },
  });

  it('puts a var file with its configuration, and leaves one without configuration on its own', () => {
    const planned = terraformUnits.group(
      [
        file('a/main.tf', ['m']),
        file('m/main.tf', []),
        file('a/terraform.tfvars'),
        file('lonely/prod.tfvars'),
      ],
      1,
    );
    expect(planned.units.map((u) => u.owned.map((f) => f.path))).toEqual([
      ['a/main.tf', 'a/terraform.tfvars', 'm/main.tf'],
    ]);
    expect(planned.single.map((f) => f.ref.path)).toEqual(['lonely/prod.tfvars']);
    expect(planned.lint).toEqual({ terraformSeveralRoots: false });
  });
});

import { describe, expect, it } from 'vitest';
import { memoryProject } from '../../src/engine/lint.ts';
import { loadTerraformProject } from '../../src/terraform/project.ts';
import { toPlain } from '../../src/terraform/values.ts';

/** The value of `local.value` in a one-file configuration. */
function localValue(expression: string): unknown {
  const files = [{ path: 'main.tf', absPath: 'main.tf', text: `locals {\n  value = ${expression}\n}\n` }];
  const { roots, diagnostics } = loadTerraformProject(
    files,
    { vars: {}, varFiles: [] },
    memoryProject(files),
  );
  expect(diagnostics).toEqual([]);
  return toPlain(roots[0].local('value', { loc: { file: 'main.tf', line: 1, column: 1 } }));
}

describe('Terraform functions', () => {
  it('sort orders by code point, as Terraform does, whatever the locale', () => {
    expect(localValue('sort(["b", "B", "a", "_", "10.0.0.0/8", "1.2.3.4/32"])')).toEqual([
      '1.2.3.4/32',
      '10.0.0.0/8',
      'B',
      '_',
      'a',
      'b',
    ]);
  });
});

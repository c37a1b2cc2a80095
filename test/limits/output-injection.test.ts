// Output safety end to end: text the scanned repository controls (a Terraform resource label, a directory and a
// file name) goes through the real CLI into every format without injecting workflow commands, terminal escapes
// or breaking the JSON and SARIF documents. (test/reporters/injection.test.ts covers each reporter on its own.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTree } from '../discover/tree.ts';
import { sarifErrors } from '../reporters/sarif-schema.ts';
import { useBundledCli, type JsonReport } from './bundled-cli.ts';

const cli = useBundledCli();

/** A label with a URL-encoded newline, a real CR LF, workflow commands and an ANSI escape (HCL escapes). */
const LABEL_SOURCE = 'x%0A::error::label-injected\\r\\n::warning file=a,line=1::y\\u001b[31mred';
const LABEL = 'x%0A::error::label-injected\r\n::warning file=a,line=1::y\u001b[31mred';
const DIR = 'd%0A::error::dir-injected';
const FILE = 'evil\n::error file=x,line=1::name-injected,a:b.tf';
const PATH = `${DIR}/${FILE}`;

/** SMTP to anywhere: two findings (an EGR002 warning, an EGR003 error) on one element. */
const openGroup = (label: string) => `resource "aws_security_group" "${label}" {
  egress {
    from_port   = 25
    to_port     = 25
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

let dir = '';
let cleanup = () => {};
beforeAll(() => {
  ({ dir, cleanup } = makeTree({ [PATH]: openGroup(LABEL_SOURCE) }));
});
afterAll(() => cleanup());

function output(format: string): string {
  const run = cli(['--format', format, '--no-color', '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return run.stdout;
}

describe('user-controlled text through the CLI', () => {
  it('github: one escaped workflow command per finding, nothing injected', () => {
    const lines = output('github').trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The file property escapes %, CR, LF, ':' and ','; the message escapes %, CR and LF, as GitHub specifies.
    const file =
      'd%250A%3A%3Aerror%3A%3Adir-injected/evil%0A%3A%3Aerror file=x%2Cline=1%3A%3Aname-injected%2Ca%3Ab.tf';
    const label = 'x%250A::error::label-injected%0D%0A::warning file=a,line=1::y\u001b[31mred';
    expect(lines[0]).toBe(
      `::warning file=${file},line=6,col=20,endLine=6,endColumn=31,title=EGR002 open-egress::` +
        `aws_security_group.${label} allows TCP port 25 to 0.0.0.0/0: only 443 may go to the internet (allowedPublicPorts).`,
    );
    expect(
      lines[1].startsWith(
        `::error file=${file},line=6,col=20,endLine=6,endColumn=31,title=EGR003 smtp-egress-to-non-relay::aws_security_group.${label} allows SMTP`,
      ),
    ).toBe(true);
    for (const line of lines) expect(line).not.toMatch(/\r/);
  });

  it('stylish: no line break or terminal escape from the label or the path', () => {
    const text = output('stylish');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\r');
    const lines = text.split('\n');
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
    // The heading is the path on one line; each finding is one line naming the label.
    expect(lines).toContain(`${DIR}/evil ::error file=x,line=1::name-injected,a:b.tf`);
    expect(
      lines.filter((l) =>
        /^\s+6:20\s+(error|warning)\s+aws_security_group\.x%0A::error::label-injected ::warning/.test(l),
      ),
    ).toHaveLength(2);
  });

  it('json: a valid document carrying the exact path and label', () => {
    const report = JSON.parse(output('json')) as JsonReport;
    expect(report.findings.map((f) => f.location.file)).toEqual([PATH, PATH]);
    expect(report.findings[0].message).toBe(
      `aws_security_group.${LABEL} allows TCP port 25 to 0.0.0.0/0: only 443 may go to the internet (allowedPublicPorts).`,
    );
  });

  it('sarif: schema-valid, the path a percent-encoded relative URI, the label as text', () => {
    const log = JSON.parse(output('sarif')) as {
      runs: {
        results: {
          message: { text: string };
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0].results;
    expect(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'd%250A%3A%3Aerror%3A%3Adir-injected/evil%0A%3A%3Aerror%20file%3Dx%2Cline%3D1%3A%3Aname-injected%2Ca%3Ab.tf',
      'd%250A%3A%3Aerror%3A%3Adir-injected/evil%0A%3A%3Aerror%20file%3Dx%2Cline%3D1%3A%3Aname-injected%2Ca%3Ab.tf',
    ]);
    expect(results[0].message.text.startsWith(`aws_security_group.${LABEL} allows TCP port 25`)).toBe(true);
  });
});

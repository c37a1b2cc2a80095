// The README's first command lints examples/: each rule fires once there, and the relay's exception is audited.
import { describe, expect, it } from 'vitest';
import { runLint } from '../src/engine/run.ts';

describe('examples/', () => {
  it('shows each rule once, with the relay configured in examples/.egress-lint.yml', async () => {
    const { result } = await runLint({ paths: ['examples'], cwd: new URL('..', import.meta.url).pathname });
    const shown = result.findings.filter((f) => !f.suppression);
    expect(shown.map((f) => `${f.ruleId} ${f.level} ${f.location.file}:${f.location.line}`)).toEqual([
      'EGR003 error examples/main.tf:38',
      'EGR001 warning examples/main.tf:42',
      'EGR002 error examples/main.tf:56',
    ]);
    expect(shown[0].related.map((r) => `${r.location.file}:${r.location.line} ${r.description}`)).toEqual([
      'examples/variables.tf:8 variable "smtp_destinations" default',
    ]);
    expect(shown[2].message).toBe(
      'aws_security_group.debug allows all UDP ports to 0.0.0.0/0 + ::/0: anything on the host can send data anywhere.',
    );
    const suppressed = result.findings.filter((f) => f.suppression);
    expect(suppressed.map((f) => `${f.ruleId} ${f.location.line} ${f.suppression?.justification}`)).toEqual([
      'EGR002 71 the relay is the one host allowed to deliver mail to the internet',
      'EGR003 71 the relay is the one host allowed to deliver mail to the internet',
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

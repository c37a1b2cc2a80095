// A bug that throws inside the evaluator (not a Terraform evaluation error) costs the expression it happened in:
// the value is unknown and the error names itself, with the file and line; the rest of the file is analysed.
import { describe, expect, it, vi } from 'vitest';
import { FIXTURE_RULES, summary } from '../helpers.ts';

/** The engine, loaded anew with a stand-in for a bug: calls of upper() throw what no function of the library throws. */
async function engineWithABug(): Promise<typeof import('../../src/engine/lint.ts')> {
  vi.resetModules();
  vi.doMock('../../src/formats/terraform/functions/index.ts', async (importOriginal) => {
    const library = await importOriginal<typeof import('../../src/formats/terraform/functions/index.ts')>();
    return {
      ...library,
      callFunction: (...args: Parameters<typeof library.callFunction>) => {
        if (args[0] === 'upper') throw new TypeError('a bug');
        return library.callFunction(...args);
      },
    };
  });
  const engine = await import('../../src/engine/lint.ts');
  await (await import('../../src/engine/analyzers.ts')).prepareAnalyzers([]);
  return engine;
}

const group = (name: string, cidr: string) => `resource "aws_security_group" "${name}" {
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [${cidr}]
  }
}
`;

describe('an internal error while evaluating', () => {
  it('makes that expression unknown, reports it at its line, and analyses the rest of the file', async () => {
    const { lintFiles } = await engineWithABug();
    const text = group('bad', 'upper("x")') + group('open', '"0.0.0.0/0"');
    const result = lintFiles([{ path: 'main.tf', absPath: '/main.tf', text }], { rules: FIXTURE_RULES });
    expect(
      result.diagnostics.map((d) => `${d.level} ${d.location.file}:${d.location.line} ${d.message}`),
    ).toEqual([
      'error main.tf:6 internal error in main.tf while evaluating upper("x"): TypeError: a bug (the value is treated as unknown)',
    ]);
    expect(summary(result)).toEqual(['EGR002 error main.tf:14']);
    expect(result.unresolved.map((u) => `${u.location.line} ${u.reason}`)).toEqual([
      '6 internal error: TypeError: a bug',
    ]);
  });
});

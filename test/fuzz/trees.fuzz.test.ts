// Whole multi-directory Terraform trees through the real CLI (issue 13): a hostile directory of module calls
// between directories, random counts and for_each, self references and doubling strings, beside a clean one.
// Properties: the process ends within a bound, with a heap limit it never reaches (V8's own limit, so a breach is
// a crash, exit 134), no internal error; and the clean directory's findings are identical with and without the
// hostile directory beside it, in one thread and with worker threads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTree, type TreeSpec } from '../discover/tree.ts';
import { useBundledCli, type JsonReport } from '../limits/bundled-cli.ts';
import { RUNS } from './harness.ts';

const cli = useBundledCli();
/** Each run starts the CLI two or three times: a tenth of the other properties' runs, at least 5. */
const TREE_RUNS = Math.max(5, Math.ceil(RUNS / 10));
/** Per CLI run, generous for a loaded machine: an unbounded evaluation takes minutes. */
const BOUND_MS = 60_000;
/** The heap the CLI may use (and each worker): far above what the evaluation limits let a tree need. */
const HEAP_MB = 512;

const group = (name: string, cidr: string, meta = '') => `resource "aws_security_group" "${name}" {
${meta}  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = [${cidr}]
  }
}
`;

/** The untouched neighbour: a root module calling a local module, an open group, a variable default. */
const CLEAN: TreeSpec = {
  'clean/main.tf': `${group('app', 'var.cidr')}variable "cidr" {\n  default = "0.0.0.0/0"\n}\nmodule "edge" {\n  source = "../clean-modules/edge"\n}\n`,
  'clean-modules/edge/main.tf': group('edge', '"10.0.0.0/8"', '  count = 3\n'),
  // A second root: messages name the root module whenever a scan holds several, hostile directory or not.
  'clean-other/main.tf': 'locals {\n  unused = 1\n}\n',
};

const DIRS = ['a', 'b', 'c', 'd'];
const count = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(999, 1000, 1001, 5000, 20_000));

/** One hostile directory's main.tf: module calls (to any directory, itself included), expansions, cycles. */
const hostileFile = fc
  .record({
    calls: fc.array(fc.record({ to: fc.constantFrom(...DIRS), count, forEach: fc.boolean() }), {
      maxLength: 3,
    }),
    groupCount: count,
    selfDefault: fc.boolean(),
    doublings: fc.integer({ min: 0, max: 32 }),
    cycleLocals: fc.boolean(),
  })
  .map(({ calls, groupCount, selfDefault, doublings, cycleLocals }) => {
    const parts: string[] = [`variable "i" {\n  default = ${selfDefault ? 'var.i' : '0'}\n}\n`];
    const locals = ['  s0 = "ab"'];
    for (let i = 1; i <= doublings; i++) locals.push(`  s${i} = "\${local.s${i - 1}}\${local.s${i - 1}}"`);
    if (cycleLocals) locals.push('  p = local.q', '  q = local.p');
    parts.push(`locals {\n${locals.join('\n')}\n}\n`);
    parts.push(
      group(
        'g',
        `"0.0.0.0/0", local.s${doublings}${cycleLocals ? ', local.p' : ''}`,
        `  count = ${groupCount}\n`,
      ),
    );
    calls.forEach((call, n) => {
      const expansion = call.forEach
        ? `  for_each = toset([for k in range(${Math.min(call.count, 10_000)}) : tostring(k)])\n`
        : `  count = ${call.count}\n`;
      parts.push(`module "m${n}" {\n  source = "../${call.to}"\n${expansion}  i = ${n}\n}\n`);
    });
    return parts.join('');
  });

const hostileTree: fc.Arbitrary<TreeSpec> = fc
  .tuple(...DIRS.map(() => fc.option(hostileFile, { nil: undefined })))
  .map((files) => {
    const spec: TreeSpec = {};
    files.forEach((text, i) => {
      if (text !== undefined) spec[`hostile/${DIRS[i]}/main.tf`] = text;
    });
    return spec;
  });

function lint(spec: TreeSpec, pooled: boolean): JsonReport {
  const t = makeTree(spec);
  try {
    const start = performance.now();
    const run = cli(['--format', 'json', '--jobs', pooled ? '2' : '1', '.'], {
      cwd: t.dir,
      env: {
        NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
        EGRESS_LINT_WORKER_HEAP_MB: String(HEAP_MB),
        ...(pooled ? { EGRESS_LINT_POOL: 'force' } : {}),
      },
    });
    const elapsed = performance.now() - start;
    if (elapsed > BOUND_MS) throw new Error(`took ${elapsed.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
    if (run.status !== 0 && run.status !== 1 && run.status !== 2)
      throw new Error(`exit ${run.status}: ${run.stderr.slice(0, 500)}`);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    const internal = report.diagnostics.filter((d) => d.message.startsWith('internal error'));
    expect(internal).toEqual([]);
    return report;
  } finally {
    t.cleanup();
  }
}

/** The clean directories' findings, as the reports print them. */
function cleanFindings(report: JsonReport): string[] {
  return report.findings
    .filter((f) => f.location.file.startsWith('clean'))
    .map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} ${f.message}`);
}

describe('whole trees: bounded, and a hostile directory changes nothing beside it', () => {
  const alone = () => cleanFindings(lint(CLEAN, false));

  it('holds for random trees of module calls, expansions and self references', () => {
    const expected = alone();
    expect(expected.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(hostileTree, fc.boolean(), (hostile, pooled) => {
        expect(cleanFindings(lint({ ...CLEAN, ...hostile }, pooled))).toEqual(expected);
      }),
      { numRuns: TREE_RUNS },
    );
  });
});

// Bounds on evaluating one Terraform root module, so that no configuration (a module that expands a thousand
// times a thousand, thirty locals that each double a string) can exhaust memory or time, and where the
// evaluator reports what it did not analyse. Each root module has its own budget: one hostile root never changes
// what is found in another, however a scan is split into units (src/engine/pool.ts).
import type { Diagnostic } from '../../engine/types.ts';
import type { Location } from '../../model/types.ts';

export const LIMITS = {
  /**
   * Evaluation work per root module: one unit per expression evaluated, plus the size of each function result
   * (elements, or 64 characters of a string), so that it bounds memory as well as time. The largest root of
   * ../shared/corpus/terraform uses 9,348.
   */
  work: 2_000_000,
  /** Resource and module instances per root module (count and for_each). */
  instances: 10_000,
  /** Elements of one list or map. */
  collection: 100_000,
  /** Characters of one string. */
  stringLength: 1_000_000,
  /** Module calls nested in one another. */
  moduleDepth: 16,
} as const;

/** A value over a size limit, or a root whose budget is spent: unlike EvalError, `try()` does not catch it. */
export class LimitError extends Error {}

/** The root's evaluation work is spent: every later evaluation in it is unknown at once. */
export class BudgetSpent extends LimitError {}

/**
 * Diagnostics of a Terraform project, each reported once, however many module instances or roots reach the same
 * place (a cycle, a limit, a function that failed).
 */
export class DiagnosticLog {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Map<string, Diagnostic>();

  error(location: Location, message: string): Diagnostic {
    const key = `${location.file}:${location.line}:${location.column}:${message}`;
    const known = this.seen.get(key);
    if (known) return known;
    const diagnostic: Diagnostic = { level: 'error', location, message };
    this.seen.set(key, diagnostic);
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}

/** The evaluation budget of one root module, shared by every module instance under it. */
export class RootBudget {
  private work = 0;
  private instances = 0;
  private spentReported = false;
  /** Blocks with instances left out, by location: one diagnostic each, however many module instances hold them. */
  private readonly leftOut = new Map<string, { diagnostic: Diagnostic; message: string; more: number }>();

  constructor(
    /** How messages name the root: `root module envs/prod`. */
    readonly rootName: string,
    readonly log: DiagnosticLog,
  ) {}

  get used(): number {
    return this.work;
  }

  /** Counts `units` of work; throws LimitError once the root's budget is spent. */
  spend(units: number): void {
    this.work += units;
    if (this.work > LIMITS.work)
      throw new BudgetSpent(
        `the evaluation budget of ${this.rootName} (${LIMITS.work.toLocaleString('en-US')} units) is spent here`,
      );
  }

  /** True the first time only: the spent budget is reported once per root, where it ran out. */
  firstSpent(): boolean {
    const first = !this.spentReported;
    this.spentReported = true;
    return first;
  }

  /**
   * Reports instances of a block left out for lack of budget: the first time with `message` (which names them),
   * later (the same block in other module instances) as a count added to it.
   */
  instancesLeftOut(location: Location, message: string, count: number): void {
    const key = `${location.file}:${location.line}:${location.column}`;
    const known = this.leftOut.get(key);
    if (!known) {
      this.leftOut.set(key, { diagnostic: this.log.error(location, message), message, more: 0 });
      return;
    }
    known.more += count;
    known.diagnostic.message = `${known.message}; and ${known.more.toLocaleString('en-US')} instances of it in other module instances`;
  }

  /** Takes up to `wanted` instances from the budget; returns how many were granted. */
  takeInstances(wanted: number): number {
    const granted = Math.max(0, Math.min(wanted, LIMITS.instances - this.instances));
    this.instances += granted;
    return granted;
  }
}

/** Work units a value's allocation counts for. */
export function sizeUnits(length: number, isString: boolean): number {
  return isString ? Math.ceil(length / 64) : length;
}

/**
 * Throws LimitError for a built collection or string over its limit: reported, and not caught by `try()`. Unlike
 * unknownIfTooLarge (functions/args.ts), which makes one function's result unknown before it is built.
 */
export function throwIfOverLimit(length: number, isString: boolean): void {
  if (isString && length > LIMITS.stringLength)
    throw new LimitError(
      `a string of ${length.toLocaleString('en-US')} characters, over the ${LIMITS.stringLength.toLocaleString('en-US')}-character limit`,
    );
  if (!isString && length > LIMITS.collection)
    throw new LimitError(
      `a collection of ${length.toLocaleString('en-US')} elements, over the ${LIMITS.collection.toLocaleString('en-US')}-element limit`,
    );
}

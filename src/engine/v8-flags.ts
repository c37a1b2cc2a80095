// V8 tuning for a lint run: the CLI and the Action set it before the engine's code gets hot, and a large scan adds
// its own before it starts worker threads. Flags are per process: worker threads started afterwards inherit them.
import { setFlagsFromString } from 'node:v8';

/** From Node 22 on, V8 tiers code up through Maglev before TurboFan, by call counts; Node 20's V8 (11.3) by a budget. */
function tiersUpThroughMaglev(nodeVersion: string): boolean {
  return Number(nodeVersion.split('.')[0]) >= 22;
}

/**
 * Turns off TurboFan's function inlining. A lint is short and its hot code (the HCL lexer and recursive-descent
 * parser, the evaluator) is a web of small functions that call each other: with inlining, each optimising
 * compile pulls in its callees and runs 10–45 ms on the background thread, ~0.6 s of compiling in all for a
 * 0.5 s run on two cores, so the hot functions wait in the interpreter for their optimised code, and inlined
 * code is thrown away and compiled again each time a callee deoptimises. Without inlining, `npm run bench`
 * measured ../shared/corpus/terraform 0.49 → 0.41 s (CPU 0.70 → 0.53 s, 25 interleaved runs) and the
 * 27 MB generated tree, workers included, 3.32 → 2.91 s. It only changes how code is compiled, never what it
 * computes.
 *
 * Measured on Node 20 (V8 11.3) only. Maglev changes this trade-off; unmeasured there, V8's defaults stay.
 * Returns whether the flag was set.
 */
export function tuneV8ForLinting(nodeVersion: string = process.versions.node): boolean {
  if (tiersUpThroughMaglev(nodeVersion)) return false;
  setFlagsFromString('--no-turbo-inlining');
  return true;
}

/**
 * Fewer functions optimised, later, for a scan with workers: each thread compiles its hot code for itself on V8's
 * background threads, which compete with the other thread's lint. Node 20 tiers up by a bytecode budget (default
 * 67,584); Node 22 and later count calls to Maglev (400) and TurboFan (3,000). On the 11,200-file tree, two threads
 * against one went from a wall ratio of 0.97 to 0.83 on Node 20 and from 1.02 to 0.93 on Node 24, and their CPU
 * ratio from 1.26 to 1.04 on Node 20. Not for one thread: on Node 20 it spends 11% less CPU but takes 5% longer.
 */
export function workerTuningFlags(nodeVersion: string = process.versions.node): string {
  return tiersUpThroughMaglev(nodeVersion)
    ? '--invocation-count-for-maglev=2000 --invocation-count-for-turbofan=15000'
    : '--interrupt-budget=400000';
}

export function tuneV8ForWorkers(): void {
  setFlagsFromString(workerTuningFlags());
}

/**
 * Between major collections V8 lets old space grow to several times what is live; a scan this large keeps only
 * ~70-90 MB live per thread, yet peaked near 480 MB at 50,000 files (issue 19 bounds it at 400 MB). A fixed
 * 1.5x growth keeps the peak near the live size, at some CPU, and only for scans this large. The heaps grown so far
 * are still small.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

// V8 tuning for a lint run, set by the CLI and the Action before the engine's code gets hot.
import { setFlagsFromString } from 'node:v8';

/**
 * Turns off TurboFan's function inlining. A lint is short and its hot code (the HCL lexer and recursive-descent
 * parser, the evaluator) is a web of small functions that call each other: with inlining, each optimising
 * compile pulls in its callees and runs 10–45 ms on the background thread, ~0.6 s of compiling in all for a
 * 0.5 s run on two cores, so the hot functions wait in the interpreter for their optimised code, and inlined
 * code is thrown away and compiled again each time a callee deoptimises. Without inlining, `npm run bench`
 * measured ../shared/corpus/terraform 0.49 → 0.41 s (CPU 0.70 → 0.53 s, 25 interleaved runs) and the
 * 27 MB generated tree, workers included, 3.32 → 2.91 s. It only changes how code is compiled, never what it
 * computes. Flags are per process: worker threads started afterwards inherit it.
 *
 * Measured on Node 20 (V8 11.3) only. From Node 22 on, V8 optimises through Maglev before TurboFan, which changes
 * this trade-off; unmeasured there, V8's defaults stay. Returns whether the flag was set.
 */
export function tuneV8ForLinting(nodeVersion: string = process.versions.node): boolean {
  if (Number(nodeVersion.split('.')[0]) >= 22) return false;
  setFlagsFromString('--no-turbo-inlining');
  return true;
}

// Terraform's built-in functions, by category (one file each). Every pure function is here; a function whose result
// depends on more than its arguments and the scanned files (the clock, randomness, the machine) evaluates to
// unknown. A call with the wrong number of arguments, or any error inside a function, is an evaluation error:
// `try` catches it, elsewhere it becomes an unknown value.
import { unknown, type Src, type Value } from '../values.ts';
import { LimitError } from '../limits.ts';
import { EvalError, UnknownArgument, type CallContext, type FunctionDef } from './args.ts';
import { COLLECTION_FUNCTIONS } from './collection.ts';
import { ENCODING_FUNCTIONS } from './encoding.ts';
import { FILE_FUNCTIONS } from './files.ts';
import { HASH_FUNCTIONS } from './hash.ts';
import { NETWORK_FUNCTIONS } from './network.ts';
import { CONVERSION_FUNCTIONS, NUMERIC_FUNCTIONS } from './numeric.ts';
import { STRING_FUNCTIONS } from './string.ts';
import { TIME_FUNCTIONS } from './time.ts';

export { EvalError, UnknownArgument, isSpread, needNumber, type CallContext } from './args.ts';

const FUNCTIONS: Record<string, FunctionDef> = {
  ...STRING_FUNCTIONS,
  ...COLLECTION_FUNCTIONS,
  ...ENCODING_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...NUMERIC_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...HASH_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...FILE_FUNCTIONS,
};

/** Built-ins whose result is not a function of their arguments: evaluated to unknown, by design. */
const IMPURE = new Map([
  ['timestamp', 'reads the clock'],
  ['plantimestamp', 'reads the clock at plan time'],
  ['uuid', 'is random'],
  ['bcrypt', 'uses a random salt'],
]);

/** The function of that name (`provider::terraform::…` and unknown names have none). */
export function functionNamed(name: string): FunctionDef | undefined {
  return Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
}

/** Whether a call's value can differ between scopes with the same arguments (it reads files relative to a root). */
export function isContextual(name: string): boolean {
  return functionNamed(name)?.contextual === true;
}

/**
 * Calls a built-in with evaluated arguments. Unknown arguments make the result unknown (except for functions that
 * keep what is known of a list); errors become EvalErrors naming the function.
 */
export function callFunction(name: string, args: Value[], ctx: CallContext, text: () => string): Value {
  const fn = functionNamed(name);
  if (!fn) return callUnknown(name, ctx.src);
  if (args.length < fn.min || args.length > fn.max) {
    const expected =
      fn.min === fn.max ? `${fn.min}` : fn.max === Infinity ? `at least ${fn.min}` : `${fn.min} to ${fn.max}`;
    throw new EvalError(
      `${name}: expected ${expected} argument${fn.min === 1 && fn.max === 1 ? '' : 's'}, got ${args.length}`,
    );
  }
  if (!fn.partial) {
    const unknownArg = args.find((a) => a.t === 'unknown');
    if (unknownArg?.t === 'unknown') return unknown(text(), unknownArg.reason, ctx.src);
  }
  try {
    return fn.fn(args, ctx);
  } catch (error) {
    if (error instanceof UnknownArgument) return unknown(text(), error.value.reason, ctx.src);
    // An evaluation limit (src/formats/terraform/limits.ts) hit while a function evaluates an expression is not the call's
    // error: try() must not catch it.
    if (error instanceof EvalError || error instanceof LimitError) throw error;
    // A library error (a RangeError from huge input, a decoder's complaint) is this call's error, not a crash.
    throw new EvalError(`${name}: ${(error as Error).message}`);
  }
}

/** Functions whose result depends on more than their arguments, or that Terraform does not have: unknown. */
export function callUnknown(name: string, src: Src): Value {
  const why = IMPURE.get(name);
  return unknown(
    `${name}(...)`,
    why
      ? `function ${name} ${why}: it is not evaluated statically`
      : `function ${name} is not evaluated statically`,
    src,
  );
}

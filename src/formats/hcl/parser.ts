// Recursive-descent parser for HCL native syntax over the lexer's token arrays. Follows hclsyntax's parser
// (parser.go, parser_template.go) for what is valid and where every range starts and ends, but stops at the
// first structural error instead of attempting recovery. Nesting is capped (MAX_DEPTH) so hostile input
// reports "nesting too deep" instead of overflowing the stack.
//
// The grammar is split by area: bodies.ts, expressions.ts, collections.ts, templates.ts (and escapes.ts for
// string literal values), all functions of the ParserState in parser-state.ts. This file holds the entry points.

import type { Attribute, Block, Expr, ParseError, ParsedHcl } from './ast.ts';
import { parseBody } from './bodies.ts';
import { releaseTokens, tokenize } from './lexer.ts';
import { BAIL, ParserState } from './parser-state.ts';
import { buildTemplate, templateItems } from './templates.ts';
import { EOF } from './tokens.ts';

export { MAX_DEPTH } from './parser-state.ts';

function internalError(parser: ParserState, e: unknown, errors: ParseError[]): void {
  if (e === BAIL) return;
  const pos = parser.tokenPosition(Math.min(parser.pos, parser.count - 1));
  const message =
    e instanceof RangeError
      ? 'Nesting too deep: the input is nested too deeply to parse'
      : `Internal parser error: ${String(e)}`;
  errors.push({ line: pos.line, column: pos.column, message });
}

/** Parses a Terraform/HCL native-syntax file. Never throws; `errors` is empty for a valid file. */
export function parseHcl(text: string): ParsedHcl {
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tk = tokenize(text, begin, false, 1, 1);
  const errors: ParseError[] = [];
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  const parser = new ParserState(text, tk, errors, 0);
  parser.skim();
  try {
    parseBody(parser, attributes, blocks, -1, -1);
  } catch (e) {
    internalError(parser, e, errors);
  }
  const end = parser.ep(tk.count - 1);
  releaseTokens(tk);
  return { body: { attributes, blocks, start: begin, end }, errors };
}

/**
 * Parses `text` as a bare template (Terraform JSON strings: `${...}` interpolations and `%{...}` directives,
 * `$${` / `%%{` escapes, no backslash escapes). `text[0]` is at `start`: node offsets count from its offset,
 * error lines and columns from its line and column.
 */
export function parseTemplate(
  text: string,
  start: { line: number; column: number; offset: number },
): { expr: Expr; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const end = start.offset + text.length;
  // Fast path: plain text.
  if (text.indexOf('${') < 0 && text.indexOf('%{') < 0) {
    return {
      expr: {
        kind: 'template',
        parts: [{ kind: 'text', value: text, start: start.offset, end }],
        start: start.offset,
        end,
      },
      errors,
    };
  }
  const tk = tokenize(text, 0, true, start.line, start.column);
  const parser = new ParserState(text, tk, errors, start.offset);
  parser.eofName = 'the end of the string';
  let expr: Expr;
  try {
    const items = templateItems(parser, EOF, -1);
    expr = buildTemplate(parser, items, start.offset, end, start.offset);
  } catch (e) {
    internalError(parser, e, errors);
    expr = {
      kind: 'template',
      parts: [{ kind: 'text', value: text, start: start.offset, end }],
      start: start.offset,
      end,
    };
  }
  releaseTokens(tk);
  return { expr, errors };
}

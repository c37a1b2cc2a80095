// HCL syntax tree with positions. Produced by parseHcl (native syntax) and parseTfJson (JSON syntax);
// knows nothing about Terraform or networks.
//
// Every node carries its own span as two offsets: no position objects. Building a {line, column, offset}
// pair for every node was a third of the parse time in a whole lint of the Terraform corpus (and the
// garbage behind it); line and column are computed only for what gets reported (hclLineIndex).

/** `[start, end)`: UTF-16 offsets into the file's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Body extends Span {
  attributes: Attribute[];
  blocks: Block[];
}

/** The name of an attribute or a function call, `[start, nameEnd)`. */
export function nameSpan(node: { start: number; nameEnd: number }): Span {
  return { start: node.start, end: node.nameEnd };
}

/** From the name to the end of the expression. */
export interface Attribute extends Span {
  name: string;
  /** The name is `[start, nameEnd)`. */
  nameEnd: number;
  expr: Expr;
}

/** From the type keyword (in JSON syntax, the key of the last label) to the closing brace (inclusive). */
export interface Block extends Span {
  type: string;
  labels: string[];
  /** The type keyword (in JSON syntax, its key, shared by the blocks under it). */
  typeSpan: Span;
  labelSpans: Span[];
  body: Body;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export type TemplatePart = ({ kind: 'text'; value: string } & Span) | Expr;

/** An expression; `Expr` adds its span. */
export type ExprNode =
  | { kind: 'literal'; value: string | number | boolean | null }
  /** Quoted string or heredoc; `parts` interleaves literal text with interpolations and directives. */
  | { kind: 'template'; parts: TemplatePart[] }
  /** `%{ if cond }…%{ else }…%{ endif }` inside a template */
  | { kind: 'template-if'; condition: Expr; then: Expr; else?: Expr }
  /** `%{ for k, v in coll }…%{ endfor }` inside a template */
  | { kind: 'template-for'; keyVar?: string; valueVar: string; collection: Expr; body: Expr }
  | { kind: 'tuple'; items: Expr[] }
  | { kind: 'object'; items: ObjectItem[] }
  /** A root name: `var`, `local`, `aws_security_group`, `each`, `count`, a `for` variable. */
  | { kind: 'variable'; name: string }
  | { kind: 'getattr'; object: Expr; name: string }
  | { kind: 'index'; object: Expr; key: Expr }
  /**
   * Splat: `object[*].a.b` (full) or `object.*.a` (attribute-only). `each` is the traversal applied to
   * every element, written relative to a `{ kind: 'splat-item' }` placeholder; for a bare `x[*]` it is
   * the placeholder itself.
   */
  | { kind: 'splat'; object: Expr; each: Expr }
  | { kind: 'splat-item' }
  /**
   * `name(args...)`; `expandFinal` for `f(list...)`. Namespaced calls (`provider::x::y`) keep the full name,
   * written `[start, nameEnd)`.
   */
  | { kind: 'call'; name: string; args: Expr[]; expandFinal: boolean; nameEnd: number }
  | { kind: 'unary'; op: '-' | '!'; operand: Expr }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'conditional'; condition: Expr; then: Expr; else: Expr }
  /**
   * `[for k, v in coll : value if cond]` (object=false) or `{for k, v in coll : key => value... if cond}`
   * (object=true; `grouping` for the `...` form).
   */
  | {
      kind: 'for';
      keyVar?: string;
      valueVar: string;
      collection: Expr;
      keyExpr?: Expr;
      valueExpr: Expr;
      condition?: Expr;
      grouping: boolean;
      object: boolean;
    }
  | { kind: 'paren'; expr: Expr };

export type Expr = ExprNode & Span;

export interface ObjectItem extends Span {
  /** A bare identifier key is a `literal` string here (HCL treats `{a = 1}` keys as strings); `(expr)` keys are expressions. */
  key: Expr;
  value: Expr;
}

export interface ParseError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedHcl {
  body: Body;
  /** Non-empty means the file is invalid (the verdict compared with hclref). */
  errors: ParseError[];
}

// HCL syntax tree with positions. Produced by parseHcl (native syntax) and parseTfJson (JSON syntax);
// knows nothing about Terraform or networks.

/** 1-based line and column (column counts Unicode code points, as HCL does), 0-based byte-ish offset (UTF-16 index). */
export interface Pos {
  line: number;
  column: number;
  offset: number;
}

/** `end` is exclusive. */
export interface Range {
  start: Pos;
  end: Pos;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
  range: Range;
}

export interface Attribute {
  name: string;
  nameRange: Range;
  expr: Expr;
  /** From the name to the end of the expression. */
  range: Range;
}

export interface Block {
  type: string;
  labels: string[];
  typeRange: Range;
  labelRanges: Range[];
  body: Body;
  /** From the type keyword to the closing brace (inclusive). */
  range: Range;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export type TemplatePart = { kind: 'text'; value: string; range: Range } | Expr;

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null; range: Range }
  /** Quoted string or heredoc; `parts` interleaves literal text with interpolations and directives. */
  | { kind: 'template'; parts: TemplatePart[]; range: Range }
  /** `%{ if cond }…%{ else }…%{ endif }` inside a template */
  | { kind: 'template-if'; condition: Expr; then: Expr; else?: Expr; range: Range }
  /** `%{ for k, v in coll }…%{ endfor }` inside a template */
  | { kind: 'template-for'; keyVar?: string; valueVar: string; collection: Expr; body: Expr; range: Range }
  | { kind: 'tuple'; items: Expr[]; range: Range }
  | { kind: 'object'; items: ObjectItem[]; range: Range }
  /** A root name: `var`, `local`, `aws_security_group`, `each`, `count`, a `for` variable. */
  | { kind: 'variable'; name: string; range: Range }
  | { kind: 'getattr'; object: Expr; name: string; range: Range }
  | { kind: 'index'; object: Expr; key: Expr; range: Range }
  /**
   * Splat: `object[*].a.b` (full) or `object.*.a` (attribute-only). `each` is the traversal applied to
   * every element, written relative to a `{ kind: 'splat-item' }` placeholder; for a bare `x[*]` it is
   * the placeholder itself.
   */
  | { kind: 'splat'; object: Expr; each: Expr; range: Range }
  | { kind: 'splat-item'; range: Range }
  /** `name(args...)`; `expandFinal` for `f(list...)`. Namespaced calls (`provider::x::y`) keep the full name. */
  | { kind: 'call'; name: string; args: Expr[]; expandFinal: boolean; nameRange: Range; range: Range }
  | { kind: 'unary'; op: '-' | '!'; operand: Expr; range: Range }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; range: Range }
  | { kind: 'conditional'; condition: Expr; then: Expr; else: Expr; range: Range }
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
      range: Range;
    }
  | { kind: 'paren'; expr: Expr; range: Range };

export interface ObjectItem {
  /** A bare identifier key is a `literal` string here (HCL treats `{a = 1}` keys as strings); `(expr)` keys are expressions. */
  key: Expr;
  value: Expr;
  range: Range;
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

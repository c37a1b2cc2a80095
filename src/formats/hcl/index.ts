// Terraform HCL front end: native syntax (parseHcl), bare templates (parseTemplate) and JSON syntax
// (parseTfJson), all producing the AST in ast.ts.

export type * from './ast.ts';
export { nameSpan } from './ast.ts';
export { parseHcl, parseTemplate, MAX_DEPTH } from './parser.ts';
export { parseTfJson } from './tfjson.ts';

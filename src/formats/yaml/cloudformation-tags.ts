// CloudFormation's short-form YAML tags, turned into the long form JSON templates use (`!Ref x` → `{Ref: x}`),
// so extractors see one shape whatever the syntax.
import type { DocNode, NodeLoc } from '../tree.ts';
import type { TagConverter } from './index.ts';

/**
 * Short-form tag → long-form key: the intrinsic functions, the functions of the `Rules` section (`!ValueOf`, …),
 * and those of the AWS::LanguageExtensions transform (`!Length`, `!ToJsonString`).
 */
const LONG_FORM: ReadonlyMap<string, string> = new Map([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ...[
    'Sub',
    'GetAtt',
    'Join',
    'Select',
    'Split',
    'If',
    'Equals',
    'And',
    'Or',
    'Not',
    'FindInMap',
    'ImportValue',
    'Base64',
    'Cidr',
    'GetAZs',
    'Transform',
    'Length',
    'ToJsonString',
    'ValueOf',
    'ValueOfAll',
    'RefAll',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
  ].map((name): [string, string] => [`!${name}`, `Fn::${name}`]),
]);

/** `!GetAtt Resource.Attribute` is the scalar form of `[Resource, Attribute]`; the attribute may itself hold dots. */
function getAttList(value: DocNode & { type: 'scalar' }): DocNode {
  const text = String(value.value);
  const dot = text.indexOf('.');
  const parts = dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  return {
    type: 'array',
    loc: value.loc,
    items: parts.map((p) => ({ type: 'scalar', value: p, loc: value.loc })),
  };
}

/** Directives of the Rain CLI (`!Rain::Embed file`, `!Rain::Module file`), expanded by `rain pkg` before deployment. */
const RAIN_DIRECTIVE = /^!Rain::\w+$/;

export const cloudformationTags: TagConverter = (
  tag: string,
  value: DocNode,
  loc: NodeLoc,
  tagLoc: NodeLoc,
) => {
  // A Rain directive stays a `{ "Rain::Module": file }` node: not an intrinsic, so what it stands for is unknown.
  const key = LONG_FORM.get(tag) ?? (RAIN_DIRECTIVE.test(tag) ? tag.slice(1) : undefined);
  if (!key) return undefined;
  const converted = key === 'Fn::GetAtt' && value.type === 'scalar' ? getAttList(value) : value;
  return { type: 'object', loc, entries: [{ key, keyLoc: tagLoc, value: converted }] };
};

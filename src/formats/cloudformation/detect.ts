// Which files may be CloudFormation templates, by path and a glance at the text. Kept apart from the parser
// and the extractor, which are loaded only for scans that hold such a file (src/engine/analyzers.ts).
import type { SourceFile } from '../../engine/types.ts';

const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;

/** Whether a file of this name could be a template: every file the claim below could accept has one. */
export function mayBeTemplate(path: string): boolean {
  return TEMPLATE_EXTENSIONS.test(path);
}

/** The format version key at the top of a YAML or JSON template. */
const FORMAT_VERSION = /^\s*["']?AWSTemplateFormatVersion["']?\s*:|"AWSTemplateFormatVersion"\s*:/m;
/** A top-level `Resources` key (JSON or YAML), and a resource type of the AWS namespace. */
const RESOURCES_KEY = /^["']?Resources["']?\s*:|"Resources"\s*:\s*\{/m;
const AWS_TYPE = /\bType["']?\s*:\s*["']?AWS::/;

/**
 * Cheap test on path and text: a YAML/JSON file that declares a template format version, or has `Resources` with
 * an `AWS::` type. The precise test (`isTemplate`) runs on the parsed tree; files that fail it are skipped.
 * Escaped text inside a JSON string (a plan's embedded template) does not match these patterns.
 */
export function looksLikeCloudFormation(file: SourceFile): boolean {
  if (!mayBeTemplate(file.path)) return false;
  const { text } = file;
  // A substring search first: the multi-line patterns try a match at every line start of every JSON/YAML byte,
  // and most such files (plans, configs, Pulumi states) hold neither word.
  if (text.includes('AWSTemplateFormatVersion') && FORMAT_VERSION.test(text)) return true;
  return (
    text.includes('AWS::') && text.includes('Resources') && RESOURCES_KEY.test(text) && AWS_TYPE.test(text)
  );
}

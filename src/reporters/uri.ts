// File paths as URIs for SARIF: relative references with each segment percent-encoded, and file:// base URIs.
import { pathToFileURL } from 'node:url';

/** Lone UTF-16 surrogates cannot be percent-encoded (encodeURIComponent throws); U+FFFD stands in for them. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * A '/'-separated relative path as a relative URI reference: `my dir/a#1.tf` → `my%20dir/a%231.tf`.
 * Every segment is encoded, so `%`, `#`, `?`, `:` (which would read as a scheme) and non-ASCII are safe.
 */
export function relativeUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join('/');
}

/** A rule's documentation page in the project's repository (SARIF helpUri, the job summary's rule links). */
export function ruleDocsUrl(informationUri: string, ruleId: string): string {
  return `${informationUri.replace(/\/+$/, '')}/blob/main/docs/rules/${ruleId}.md`;
}

/** An absolute directory as a file:// URI ending in '/', as SARIF's originalUriBaseIds require. */
export function directoryUri(absolutePath: string): string {
  const href = pathToFileURL(wellFormed(absolutePath)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

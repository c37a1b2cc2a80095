// The package's version and home page without bundling package.json: scripts/build.mjs defines them at build time.
import { readFileSync } from 'node:fs';

declare const __EGRESS_LINT_VERSION__: string | undefined;
declare const __EGRESS_LINT_HOMEPAGE__: string | undefined;

interface PackageJson {
  version: string;
  homepage?: string;
}

/** Running from source (tests, run-ts) there is no define; package.json is two levels up from src/cli/. */
function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageJson;
}

const bundled = typeof __EGRESS_LINT_VERSION__ === 'string';
const pkg: PackageJson = bundled
  ? { version: __EGRESS_LINT_VERSION__ as string, homepage: __EGRESS_LINT_HOMEPAGE__ || undefined }
  : readPackageJson();

export const VERSION: string = pkg.version;
/** SARIF's informationUri; package.json has no `homepage` yet, so a default stands in. */
export const HOMEPAGE: string = pkg.homepage ?? 'https://github.com/egress-lint/egress-lint';

// ../shared/corpus: real third-party IaC kept beside the repository, never in it. A clone without it (as GitHub
// gives it) skips the tests that read it; test/global-setup.ts says so in one line. CI runs them with ../shared.
import { existsSync } from 'node:fs';

/** Absolute path of the shared corpus (it may be absent). */
export const CORPUS_ROOT = new URL('../../shared/corpus/', import.meta.url).pathname;

export const corpusPresent = existsSync(CORPUS_ROOT);

/** A path inside the corpus, e.g. corpusPath('terraform/'). */
export function corpusPath(sub: string): string {
  return `${CORPUS_ROOT}${sub}`;
}

// Runs once before the suite: one line when the shared corpus is absent, so skipped corpus tests are never a surprise.
import { CORPUS_ROOT, corpusPresent } from './corpus.ts';

export default function setup(): void {
  if (!corpusPresent)
    process.stdout.write(
      `egress-lint tests: ${CORPUS_ROOT} not found: the corpus tests are skipped (CI runs them with ../shared beside the clone)\n`,
    );
}

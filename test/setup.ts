// Tests call the engine directly (lintFiles), as the CLI does after prepareAnalyzers: load every format.
import { prepareAnalyzers } from '../src/engine/analyzers.ts';

await prepareAnalyzers(['template.yaml']);

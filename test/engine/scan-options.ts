// Options for lintScan in the engine's tests: one thread, the default configuration, a 1 MiB file limit.
import { singleConfig } from '../../src/config/set.ts';
import { DEFAULT_CONFIG } from '../../src/config/types.ts';
import type { ScanOptions } from '../../src/engine/pool.ts';

export function scanOptions(overrides: Partial<ScanOptions>): ScanOptions {
  return {
    jobs: 1,
    maxFileSize: 1 << 20,
    lint: { configs: singleConfig(DEFAULT_CONFIG) },
    diagnostics: [],
    ...overrides,
  };
}

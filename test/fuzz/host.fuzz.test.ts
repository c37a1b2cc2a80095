// Host firewall sources (shell scripts, iptables-save files, cloud-config, Ansible tasks) on mutated fixtures and
// random text: the analyser never throws or hangs, and every problem it reports has a position and a message.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.ts';
import { isPosition, mutatedText, RUNS, withinTimeBound } from './harness.ts';

const BOUND_MS = 3000;
/** Each input is read as every kind of host source: by name (scripts, rule files) and by content. */
const NAMES = ['firewall.sh', 'rules.v4', 'user-data', 'roles/fw/tasks/main.yml'];

describe('host firewall sources never throw or hang', () => {
  it('scripts, rule files, cloud-config and Ansible tasks', () => {
    fc.assert(
      fc.property(mutatedText(['host']), (text) => {
        for (const path of NAMES) {
          const result = withinTimeBound(BOUND_MS, text, () => lintFiles([{ path, absPath: path, text }]));
          for (const d of [...result.diagnostics, ...result.unresolved]) {
            if (!isPosition(d.location.line, d.location.column))
              throw new Error(`bad position ${JSON.stringify(d)}`);
            if ('message' in d && /internal error/.test(d.message)) throw new Error(d.message);
          }
          for (const f of result.findings)
            if (!isPosition(f.location.line, f.location.column))
              throw new Error(`bad position ${JSON.stringify(f)}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

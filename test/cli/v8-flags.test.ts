// The V8 setting applies where it was measured (Node 20) and nowhere else.
import { describe, expect, it } from 'vitest';
import { tuneV8ForLinting } from '../../src/cli/v8-flags.ts';

describe('tuneV8ForLinting', () => {
  it('turns TurboFan inlining off on Node 20', () => {
    expect(tuneV8ForLinting('20.20.2')).toBe(true);
  });

  it('leaves V8 as it is on Node 22 and later (Maglev tiers first; not measured)', () => {
    for (const version of ['22.1.0', '24.0.0', '26.3.1']) expect(tuneV8ForLinting(version)).toBe(false);
  });
});

// The V8 settings apply where they were measured, each in the form its V8 takes.
import { describe, expect, it } from 'vitest';
import { tuneV8ForLinting, workerTuningFlags } from '../../src/engine/v8-flags.ts';

describe('tuneV8ForLinting', () => {
  it('turns TurboFan inlining off on Node 20', () => {
    expect(tuneV8ForLinting('20.20.2')).toBe(true);
  });

  it('leaves V8 as it is on Node 22 and later (Maglev tiers first; not measured)', () => {
    for (const version of ['22.1.0', '24.0.0', '26.3.1']) expect(tuneV8ForLinting(version)).toBe(false);
  });
});

describe('workerTuningFlags', () => {
  it("raises Node 20's interrupt budget, and Node 22+'s call counts, flags each V8 knows", () => {
    expect(workerTuningFlags('20.20.2')).toBe('--interrupt-budget=400000');
    for (const version of ['22.23.5', '24.22.3'])
      expect(workerTuningFlags(version)).toBe(
        '--invocation-count-for-maglev=2000 --invocation-count-for-turbofan=15000',
      );
  });
});

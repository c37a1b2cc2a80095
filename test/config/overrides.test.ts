import { describe, expect, it } from 'vitest';
import { effectiveConfigFor, matchesGlob } from '../../src/config/overrides.ts';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.ts';
import { levelFor } from '../../src/engine/lint.ts';

const config: Config = {
  ...DEFAULT_CONFIG,
  rules: { EGR001: 'warning', EGR002: 'error' },
  overrides: [
    { files: ['legacy/**'], rules: { EGR002: 'off', EGR003: 'warning' } },
    { files: ['*.legacy.tf'], rules: { EGR002: 'note' } },
  ],
};

describe('matchesGlob', () => {
  it('matches a glob with a slash against the whole relative path', () => {
    expect(matchesGlob('legacy/net/main.tf', 'legacy/**')).toBe(true);
    expect(matchesGlob('src/legacy/main.tf', 'legacy/**')).toBe(false);
  });

  it('matches a glob without a slash against the base name in any directory', () => {
    expect(matchesGlob('a/b/old.legacy.tf', '*.legacy.tf')).toBe(true);
    expect(matchesGlob('a/b/old.tf', '*.legacy.tf')).toBe(false);
  });

  it('matches dot directories', () => {
    expect(matchesGlob('.infra/main.tf', '**/*.tf')).toBe(true);
  });
});

describe('effectiveConfigFor', () => {
  it('merges the matching overrides over the top-level rules, later ones winning', () => {
    expect(effectiveConfigFor(config, 'legacy/net/main.tf').rules).toEqual({
      EGR001: 'warning',
      EGR002: 'off',
      EGR003: 'warning',
    });
    expect(effectiveConfigFor(config, 'legacy/old.legacy.tf').rules).toEqual({
      EGR001: 'warning',
      EGR002: 'note',
      EGR003: 'warning',
    });
    expect(effectiveConfigFor(config, 'app/main.tf').rules).toEqual({ EGR001: 'warning', EGR002: 'error' });
  });

  it('leaves no overrides to apply and does not change the given config', () => {
    const effective = effectiveConfigFor(config, 'legacy/main.tf');
    expect(effective.overrides).toEqual([]);
    expect(config.rules).toEqual({ EGR001: 'warning', EGR002: 'error' });
    expect(config.overrides).toHaveLength(2);
  });

  it('agrees with the level the engine uses for every rule and file', () => {
    for (const file of ['legacy/net/main.tf', 'legacy/old.legacy.tf', 'app/main.tf', 'app/x.legacy.tf']) {
      for (const id of ['EGR001', 'EGR002', 'EGR003']) {
        expect(levelFor(id, file, 'error', config, {}), `${id} ${file}`).toBe(
          effectiveConfigFor(config, file).rules[id] ?? 'error',
        );
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { plainValue } from './function-eval.ts';

describe('Terraform functions', () => {
  it('sort orders by code point, as Terraform does, whatever the locale', () => {
    expect(plainValue('sort(["b", "B", "a", "_", "10.0.0.0/8", "1.2.3.4/32"])')).toEqual([
      '1.2.3.4/32',
      '10.0.0.0/8',
      'B',
      '_',
      'a',
      'b',
    ]);
  });
});

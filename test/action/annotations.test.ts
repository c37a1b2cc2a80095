// GitHub shows at most 10 annotations per level per step: which problems get them, and the notice for the rest.
import { describe, expect, it } from 'vitest';
import { omittedMessage, planAnnotations } from '../../src/action/annotations.ts';
import type { Level } from '../../src/engine/types.ts';
import type { Problem } from '../../src/reporters/text.ts';

const NAMES = new Map([['EGR002', 'open-egress']]);

function problems(level: Level, count: number, file = 'a.tf'): Problem[] {
  return Array.from({ length: count }, (_, i) => ({
    level,
    message: `m${i + 1}`,
    source: 'EGR002',
    location: { file, line: i + 1, column: 1 },
  }));
}

const lines = (commands: string[]) =>
  commands.map((c) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(c)?.slice(1).join(' '));

describe('planAnnotations', () => {
  it('keeps the order given and stops each level at 10', () => {
    const plan = planAnnotations(
      [...problems('warning', 12, 'w.tf'), ...problems('error', 3, 'e.tf')],
      NAMES,
    );
    expect(lines(plan.commands)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `warning w.tf ${i + 1}`),
      'error e.tf 1',
      'error e.tf 2',
      'error e.tf 3',
    ]);
    expect(plan.omitted).toEqual({ error: 0, warning: 2, notice: 0 });
    expect(plan.commands[0]).toBe('::warning file=w.tf,line=1,col=1,title=EGR002 open-egress::m1');
  });

  it('leaves room for the Action’s own messages, and one notice for the overflow message when needed', () => {
    const plan = planAnnotations([...problems('error', 10), ...problems('note', 10, 'n.tf')], NAMES, {
      error: 1,
      notice: 1,
    });
    // 9 errors fit beside the step's failure; notes get 10 - 1 (reserved) - 1 (the overflow notice).
    expect(plan.omitted).toEqual({ error: 1, warning: 0, notice: 2 });
    expect(plan.commands.filter((c) => c.startsWith('::notice'))).toHaveLength(8);
  });

  it('uses all 10 notice slots when nothing overflows', () => {
    const plan = planAnnotations(problems('note', 10), NAMES);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(plan.commands).toHaveLength(10);
  });
});

describe('omittedMessage', () => {
  it('counts what was left out by level and says where to look', () => {
    expect(omittedMessage({ error: 1, warning: 0, notice: 2 }, 'See the summary.')).toBe(
      '3 more problems (1 error, 2 notes) are not shown as annotations: GitHub shows at most 10 per level. See the summary.',
    );
    expect(omittedMessage({ error: 0, warning: 1, notice: 0 }, 'X.')).toBe(
      '1 more problem (1 warning) is not shown as annotations: GitHub shows at most 10 per level. X.',
    );
    expect(omittedMessage({ error: 0, warning: 0, notice: 0 }, 'X.')).toBeUndefined();
  });
});

// Annotations within what GitHub shows: at most 10 per level (error, warning, notice) per step. The most
// important problems take the slots; one notice then says how many were left out and where to find them.
import { annotationCommand, problemCommand, type AnnotationCommand } from '../reporters/github.ts';
import { plural, type Problem } from '../reporters/text.ts';

export const ANNOTATIONS_PER_LEVEL = 10;

const COMMANDS: readonly AnnotationCommand[] = ['error', 'warning', 'notice'];

export type PerCommand = Record<AnnotationCommand, number>;

export interface AnnotationPlan {
  /** Workflow command lines, most important first. */
  commands: string[];
  /** Problems left out, by annotation level. */
  omitted: PerCommand;
}

/**
 * The problems to annotate, taken in the order given, each level within the limit less `reserved` (slots for
 * the Action's own messages, such as the step's failure). When any problem is left out, one notice slot is
 * kept for the message that says so.
 */
export function planAnnotations(
  problems: readonly Problem[],
  names: ReadonlyMap<string, string>,
  reserved: Partial<PerCommand> = {},
): AnnotationPlan {
  const budget = Object.fromEntries(
    COMMANDS.map((c) => [c, Math.max(0, ANNOTATIONS_PER_LEVEL - (reserved[c] ?? 0))]),
  ) as PerCommand;
  const wanted: PerCommand = { error: 0, warning: 0, notice: 0 };
  for (const p of problems) wanted[annotationCommand(p.level)]++;
  if (COMMANDS.some((c) => wanted[c] > budget[c])) budget.notice = Math.max(0, budget.notice - 1);

  const commands: string[] = [];
  const omitted: PerCommand = { error: 0, warning: 0, notice: 0 };
  for (const p of problems) {
    const command = annotationCommand(p.level);
    if (budget[command] > 0) {
      budget[command]--;
      commands.push(problemCommand(p, names));
    } else omitted[command]++;
  }
  return { commands, omitted };
}

const LEVEL_NAMES: Record<AnnotationCommand, string> = { error: 'error', warning: 'warning', notice: 'note' };

/** `14 more problems (3 errors, 11 warnings) are not shown as annotations: …`, or undefined when none are. */
export function omittedMessage(omitted: PerCommand, whereToLook: string): string | undefined {
  const total = omitted.error + omitted.warning + omitted.notice;
  if (total === 0) return undefined;
  const parts = COMMANDS.filter((c) => omitted[c] > 0).map((c) => plural(omitted[c], LEVEL_NAMES[c]));
  return `${plural(total, 'more problem')} (${parts.join(', ')}) ${total === 1 ? 'is' : 'are'} not shown as annotations: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} per level. ${whereToLook}`;
}

// The rule registry: one import per rule file, in id order.
import type { Rule } from '../src/engine/types.ts';
import { egr001 } from './egr001-egress-not-declared.ts';
import { egr002 } from './egr002-open-egress.ts';
import { egr003 } from './egr003-smtp-egress-to-non-relay.ts';

export const rules: readonly Rule[] = [egr001, egr002, egr003];

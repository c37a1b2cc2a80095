import type { ConfigOptionValues } from '../../rules/options.ts';
import type { LevelSetting } from '../engine/types.ts';
import { optionDefaults } from './options.ts';

export interface Override {
  files: string[];
  rules: Record<string, LevelSetting>;
}

/**
 * The effective configuration; every field has a default (see DEFAULT_CONFIG). The rules' options (relays,
 * smtpPorts, … : rules/options.ts) are top-level keys beside the config's own.
 */
export type Config = ConfigOptionValues & OwnConfig;

/** What the config itself holds, whatever the rules. */
interface OwnConfig {
  /** Rule id → level or 'off'. */
  rules: Record<string, LevelSetting>;
  /** Globs (relative to the config file's directory) of files not to scan. */
  ignore: string[];
  overrides: Override[];
  /** Inline suppressions must give a reason after `--`. */
  requireReason: boolean;
  /** Pulumi URN / IaC address globs whose findings are suppressed (state files have no comments). */
  ignoreResources: { pattern: string; reason: string }[];
  /** Files larger than this many bytes are reported, not parsed. */
  maxFileSize: number;
  /** The file it came from, if any (absolute). */
  path?: string;
}

export const DEFAULT_CONFIG: Config = {
  ...optionDefaults(),
  rules: {},
  ignore: [],
  overrides: [],
  requireReason: false,
  ignoreResources: [],
  maxFileSize: 10 * 1024 * 1024,
};

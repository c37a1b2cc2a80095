import type { LevelSetting } from '../engine/types.ts';

export interface Override {
  files: string[];
  rules: Record<string, LevelSetting>;
}

/** The effective configuration; every field has a default (see DEFAULT_CONFIG). */
export interface Config {
  /** Approved mail relays: CIDRs, security-group ids, IaC addresses or logical ids, prefix-list ids. */
  relays: string[];
  smtpPorts: number[];
  /** Ports open to anywhere without EGR002's warning: `443` (TCP and UDP), `'443/tcp'`, `'443/udp'`. */
  allowedPublicPorts: (number | string)[];
  /** Destinations allowed for all egress: same syntax as relays. */
  allowedDestinations: string[];
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
  relays: [],
  smtpPorts: [25, 465, 587, 2525],
  allowedPublicPorts: [443],
  allowedDestinations: [],
  rules: {},
  ignore: [],
  overrides: [],
  requireReason: false,
  ignoreResources: [],
  maxFileSize: 10 * 1024 * 1024,
};

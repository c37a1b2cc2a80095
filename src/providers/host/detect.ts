// Which files hold host firewalls, by name and first bytes; cheap, and free of the YAML parser (see analyzers.ts).
import type { SourceFile } from '../../engine/types.ts';
import { looksLikeIptablesSave } from '../../formats/iptables-save/parse.ts';
import { looksLikeCloudConfig } from '../../formats/cloud-init/detect.ts';
import { hasShellShebang } from '../../formats/shell/script.ts';
import { looksLikeAnsibleFirewall } from '../../formats/ansible/detect.ts';

export type HostFormat = 'shell' | 'iptables-save' | 'cloud-init' | 'ansible' | 'jinja-template';

/** Names a host source may have: scripts, rule files, YAML, Jinja templates, and extension-less scripts. */
export function mayBeHostFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /\.(sh|bash|rules|v4|v6|ya?ml|j2|cfg)$/i.test(name) || !name.includes('.');
}

export function hostFormatOf(file: SourceFile): HostFormat | undefined {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (/\.j2$/i.test(name)) return 'jinja-template';
  if (looksLikeCloudConfig(file.text)) return 'cloud-init';
  if (/(^|\.)rules(\.v[46])?$|\.v[46]$/i.test(name) || !/\.(sh|bash|ya?ml|json)$/i.test(name))
    if (looksLikeIptablesSave(file.text)) return 'iptables-save';
  if (/\.(sh|bash)$/i.test(name) || hasShellShebang(file.text)) return 'shell';
  if (/\.ya?ml$/i.test(name) && looksLikeAnsibleFirewall(file.text)) return 'ansible';
  return undefined;
}

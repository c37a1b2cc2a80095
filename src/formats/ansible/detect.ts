// Which YAML files are Ansible tasks or playbooks that touch a host firewall; cheap, without the YAML parser.
/** Cheap content test: a YAML list with a ufw/iptables module, or a shell/command task that runs one. */
export function looksLikeAnsibleFirewall(text: string): boolean {
  if (!/^\s*-\s/m.test(text)) return false;
  if (/^\s*(-\s+)?(community\.general\.ufw|ufw|ansible\.(builtin|legacy)\.iptables|iptables)\s*:/m.test(text))
    return true;
  return (
    /^\s*(-\s+)?(ansible\.(builtin|legacy)\.)?(shell|command|raw)\s*:/m.test(text) &&
    /\b(ufw|ip6?tables)\b/.test(text)
  );
}

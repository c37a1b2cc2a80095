import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  looksLikeCloudConfig
} from "./chunk-W243PUGB.js";
import {
  hasShellShebang,
  looksLikeIptablesSave
} from "./chunk-ZREOZPZI.js";

// src/formats/ansible/detect.ts
function looksLikeAnsibleFirewall(text) {
  if (!/^\s*-\s/m.test(text)) return false;
  if (/^\s*(-\s+)?(community\.general\.ufw|ufw|ansible\.(builtin|legacy)\.iptables|iptables)\s*:/m.test(text))
    return true;
  return /^\s*(-\s+)?(ansible\.(builtin|legacy)\.)?(shell|command|raw)\s*:/m.test(text) && /\b(ufw|ip6?tables)\b/.test(text);
}

// src/providers/host/detect.ts
function mayBeHostFile(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /\.(sh|bash|rules|v4|v6|ya?ml|j2|cfg)$/i.test(name) || !name.includes(".");
}
function hostFormatOf(file) {
  const name = file.path.slice(file.path.lastIndexOf("/") + 1);
  if (/\.j2$/i.test(name)) return "jinja-template";
  if (looksLikeCloudConfig(file.text)) return "cloud-init";
  if (/(^|\.)rules(\.v[46])?$|\.v[46]$/i.test(name) || !/\.(sh|bash|ya?ml|json)$/i.test(name)) {
    if (looksLikeIptablesSave(file.text)) return "iptables-save";
  }
  if (/\.(sh|bash)$/i.test(name) || hasShellShebang(file.text)) return "shell";
  if (/\.ya?ml$/i.test(name) && looksLikeAnsibleFirewall(file.text)) return "ansible";
  return void 0;
}

export {
  mayBeHostFile,
  hostFormatOf
};

// The host-firewall analyser: ufw and iptables from shell scripts, iptables-save files, cloud-init user data and
// Ansible playbooks and roles.
// Each file is one host: its commands are applied in order and its ufw, iptables and ip6tables firewalls checked.
import type { AnalyzeOptions, FormatAnalyzer, ProjectFiles } from '../../engine/formats.ts';
import { filesReadBy } from './user-data-cloud-config.ts';
import { ansibleFirewallTasks, roleTaskOrder } from '../../formats/ansible/tasks.ts';
import { applyAnsibleTask } from './ansible.ts';
import { applyCloudConfig } from './cloud-config.ts';
import type { AnalysisResult, SourceFile } from '../../engine/types.ts';
import { hostFormatOf } from './detect.ts';
import { HostFirewalls } from './host.ts';

/** A template name or line about a host firewall: ufw or iptables named (`ufw_config`, `ip6tables`), a save-file rule. */
const FIREWALL_WORD = /ufw|ip6?tables|^\s*(?:\*filter|:OUTPUT|-[AI] OUTPUT)\b/i;

function analyzeFile(file: SourceFile, result: AnalysisResult, options: AnalyzeOptions): void {
  const format = hostFormatOf(file);
  const host = new HostFirewalls();
  const origin = { file: file.path, line: 1, column: 0 };
  if (
    (format === 'shell' || format === 'cloud-init') &&
    renderedByTerraform(options.project).has(file.path)
  ) {
    // A template of an instance's user data: analysed there, with its variables (terraform-user-data.ts).
    result.skipped?.push(file.path);
    return;
  }
  switch (format) {
    case 'jinja-template': {
      // Rendered by Ansible with values only known at run time: not analysed, counted as skipped, and shown
      // where users look (terminal hint, job summary, JSON, SARIF) when it writes firewall commands or rules.
      result.skipped?.push(file.path);
      const firewallLine = file.text.split('\n').findIndex((line) => FIREWALL_WORD.test(line));
      if (firewallLine !== -1 || FIREWALL_WORD.test(file.path.slice(file.path.lastIndexOf('/') + 1)))
        result.unresolved.push({
          location: { file: file.path, line: Math.max(firewallLine + 1, 1), column: 1 },
          expression: 'Jinja template',
          reason:
            'Ansible renders it with values known only at run time, so the ufw or iptables configuration in it is not analysed',
        });
      return;
    }
    case 'shell':
      host.script(file.text, origin);
      break;
    case 'iptables-save':
      host.saveFile(file.text, origin, file.path);
      break;
    case 'cloud-init':
      result.diagnostics.push(...applyCloudConfig(host, file.text, file.path));
      break;
    case 'ansible': {
      const role = roleTasks(file, options.project);
      if (role && role.files[0] !== file.path) return; // analysed with its role, by the role's first file
      for (const path of role?.files ?? [file.path]) {
        const text = path === file.path ? file.text : (options.project.read(path) ?? '');
        const { tasks, errors, unresolved } = ansibleFirewallTasks(text, path, options.project);
        result.diagnostics.push(...errors);
        host.unresolved.push(...unresolved);
        for (const task of tasks) applyAnsibleTask(host, task);
      }
      if (role) {
        result.firewalls.push(...host.firewalls({ file: role.dir, kind: 'Ansible role' }));
        result.unresolved.push(...host.unresolved);
        return;
      }
      break;
    }
    case undefined:
      result.skipped?.push(file.path);
      return;
  }
  result.firewalls.push(...host.firewalls({ file: file.path, kind: format }));
  result.unresolved.push(...host.unresolved);
}

const renderedCache = new WeakMap<ProjectFiles, Set<string>>();

/**
 * Scripts that Terraform files read with `templatefile("${path.module}/x.sh", …)` or `file(…)`: their
 * `${…}` are Terraform's, so they are analysed as the user data of the instance that uses them, not twice.
 */
function renderedByTerraform(project: ProjectFiles): Set<string> {
  let rendered = renderedCache.get(project);
  if (rendered) return rendered;
  rendered = new Set();
  for (const path of project.paths())
    if (path.endsWith('.tf'))
      for (const target of filesReadBy(path, project.read(path) ?? '')) rendered.add(target);
  renderedCache.set(project, rendered);
  return rendered;
}

/**
 * The task files of the role a file belongs to that touch a host firewall, in run order: one host, so a policy
 * set in main.yml applies to the rules an included file adds. Every unit of a scan computes the same list, so
 * the first file of it (whichever unit gets it) reports the role once.
 */
function roleTasks(file: SourceFile, project: ProjectFiles): { dir: string; files: string[] } | undefined {
  const m = /^(.*?)\/?tasks\/[^/]+$/.exec(file.path);
  if (!m) return undefined;
  const tasksDir = file.path.slice(0, file.path.lastIndexOf('/'));
  const files = roleTaskOrder(tasksDir, project).filter((path) => {
    const text = path === file.path ? file.text : project.read(path);
    return text !== undefined && hostFormatOf({ path, absPath: path, text }) === 'ansible';
  });
  return files.includes(file.path) ? { dir: m[1] || '.', files } : undefined;
}

export const hostAnalyzer: FormatAnalyzer = {
  id: 'host',
  claims: (file) => hostFormatOf(file) !== undefined,
  analyze(files, options) {
    const result: AnalysisResult = { firewalls: [], diagnostics: [], unresolved: [], skipped: [] };
    for (const file of files) {
      try {
        analyzeFile(file, result, options);
      } catch (error) {
        result.diagnostics.push({
          level: 'error',
          location: { file: file.path, line: 1, column: 1 },
          message: `internal error while reading host firewall commands: ${(error as Error).message}`,
        });
      }
    }
    return result;
  },
};

// A cloud-config applied to a host, in cloud-init's order (src/formats/cloud-init/user-data.ts): a file of its
// own, or the user data of a CloudFormation or Terraform instance. Needs the YAML parser: Terraform scans load it
// only when they hold cloud-config user data (user-data-cloud-config.ts).
import type { Diagnostic } from '../../engine/types.ts';
import { cloudInitSteps } from '../../formats/cloud-init/user-data.ts';
import type { TextOrigin } from '../../formats/shell/script.ts';
import type { Word } from './firewall.ts';
import type { HostFirewalls } from './host.ts';

/**
 * `placeholders`: shell variables standing for template expressions that could not be resolved (Terraform's
 * `${…}` in user data), unknown wherever they are used and shown as written.
 */
export function applyCloudConfig(
  host: HostFirewalls,
  text: string,
  file: string,
  within?: TextOrigin,
  placeholders?: ReadonlyMap<string, string>,
): Diagnostic[] {
  const { steps, errors } = cloudInitSteps(text, file, host.unresolved, within);
  for (const step of steps) {
    if (step.kind === 'script') host.script(step.text, step.origin, placeholders);
    else if (step.kind === 'argv') host.command(argvWords(step.words, placeholders), step.words[0].location);
    else host.saveFile(step.text, step.origin, step.path);
  }
  return errors;
}

/** argv entries run without a shell: a placeholder in one makes it unknown. */
function argvWords(words: Word[], placeholders: ReadonlyMap<string, string> | undefined): Word[] {
  if (!placeholders?.size) return words;
  return words.map((word) => {
    const text = word.text.replace(/\$__tf_\d+/g, (name) => placeholders.get(name) ?? name);
    return text === word.text ? word : { ...word, text, unknown: true };
  });
}

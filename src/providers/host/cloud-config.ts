// A cloud-config applied to a host, in cloud-init's order (src/formats/cloud-init/user-data.ts): a file of its
// own, or the user data of a CloudFormation instance. Needs the YAML parser, so the Terraform hook leaves it out.
import type { Diagnostic } from '../../engine/types.ts';
import { cloudInitSteps } from '../../formats/cloud-init/user-data.ts';
import type { TextOrigin } from '../../formats/shell/script.ts';
import type { HostFirewalls } from './host.ts';

export function applyCloudConfig(
  host: HostFirewalls,
  text: string,
  file: string,
  within?: TextOrigin,
): Diagnostic[] {
  const { steps, errors } = cloudInitSteps(text, file, host.unresolved, within);
  for (const step of steps) {
    if (step.kind === 'script') host.script(step.text, step.origin);
    else if (step.kind === 'argv') host.command(step.words, step.words[0].location);
    else host.saveFile(step.text, step.origin, step.path);
  }
  return errors;
}

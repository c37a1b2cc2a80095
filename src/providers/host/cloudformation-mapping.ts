// Host firewalls in CloudFormation instances' UserData (issue 18), as a CloudFormation mapping: loaded with the
// CloudFormation analyser (see ProviderMappings.cloudformation).
import type { Diagnostic } from '../../engine/types.ts';
import type { Unresolved } from '../../model/types.ts';
import { scalarText } from '../../formats/cloudformation/intrinsics.ts';
import type { DocNode } from '../../formats/tree.ts';
import type { CloudFormationMapping } from '../mappings.ts';
import { userDataFirewalls } from './cloudformation-user-data.ts';

export const userDataMapping: CloudFormationMapping = (template, resolver) => {
  const unresolved: Unresolved[] = [];
  const diagnostics: Diagnostic[] = [];
  // UserData that resolves to one string is read; one with several alternatives (Fn::If branches) is not.
  const resolveString = (node: DocNode) => {
    const alternatives = resolver.resolve(node);
    return alternatives.length === 1 ? scalarText(alternatives[0].value) : undefined;
  };
  const firewalls = userDataFirewalls(template, resolveString, unresolved, diagnostics);
  return { firewalls, unresolved, diagnostics };
};

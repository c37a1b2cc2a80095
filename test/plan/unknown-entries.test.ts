// A security-group rule that a plan knows only after apply is counted as unresolved, never reported.
import { expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint.ts';

const egress = [
  { cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], from_port: 443, to_port: 443, protocol: 'tcp' },
  null,
];
const plan = {
  format_version: '1.2',
  planned_values: {
    root_module: {
      resources: [
        {
          address: 'aws_security_group.x',
          mode: 'managed',
          type: 'aws_security_group',
          name: 'x',
          values: { egress },
        },
      ],
    },
  },
  resource_changes: [
    {
      address: 'aws_security_group.x',
      mode: 'managed',
      type: 'aws_security_group',
      name: 'x',
      change: { actions: ['create'], after: { egress }, after_unknown: { egress: [{}, true] } },
    },
  ],
};

it('counts an egress entry known only after apply', () => {
  const text = JSON.stringify(plan, null, 2);
  const result = lintFiles([{ path: 'plan.json', absPath: 'plan.json', text }]);
  expect(result.diagnostics).toEqual([]);
  expect(result.findings).toEqual([]);
  expect(result.firewalls[0].rules).toHaveLength(1);
  expect(result.unresolved.map((u) => `${u.location.file} ${u.reason}`)).toEqual([
    expect.stringMatching(/^plan\.json .*after apply/),
  ]);
});

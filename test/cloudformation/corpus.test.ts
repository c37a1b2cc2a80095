// AWS's own sample templates (../shared/corpus, not part of the repo): every file is analysed or skipped as not
// CloudFormation, with a count; no crash, no unexplained diagnostic; findings reviewed by hand stay as reviewed.
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { cloudformationAnalyzer } from '../../src/formats/cloudformation/index.ts';
import { corpusPath, corpusPresent } from '../corpus.ts';
import { FIXTURE_RULES, readTree } from '../helpers.ts';

const CORPUS = corpusPath('cloudformation/aws-cloudformation-templates/');

/** Files that are not templates: CI and build files, Lambda test events, a Kubernetes manifest, the licence. */
const NOT_CLAIMED = [
  '.github/workflows/stale.yml',
  'CloudFormation/CustomResources/getfromjson/bandit.json',
  'CloudFormation/CustomResources/getfromjson/bandit.yml',
  'CloudFormation/CustomResources/getfromjson/src/events/event-consume-from-list-retrieval-error.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-consume-from-list.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-consume-from-map-retrieval-error.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-consume-from-map.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-empty-json-data-input.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-empty-search-input.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-invalid-json-data-input.json',
  'CloudFormation/CustomResources/getfromjson/src/events/event-invalid-search-input.json',
  'EKS/manifest.yml',
  'LICENSE.txt',
  'Solutions/CodeBuildAndCodePipeline/codebuild-app-build.yml',
  'Solutions/CodeBuildAndCodePipeline/codebuild-app-deploy.yml',
];

/** Macro test events: they hold a template fragment (Resources with AWS:: types), so they are parsed, then skipped. */
const PARSED_NOT_TEMPLATES = [
  'CloudFormation/MacrosExamples/Count/event.json',
  'CloudFormation/MacrosExamples/Count/event_bad.json',
];

describe.skipIf(!corpusPresent)('aws-cloudformation-templates corpus', () => {
  const files = corpusPresent ? readTree(CORPUS) : [];
  const result = lintFiles(files, { project: memoryProject(files), rules: FIXTURE_RULES });
  const at = (ruleId: string, file: string, line: number) =>
    result.findings
      .filter((f) => f.ruleId === ruleId && f.location.file === file && f.location.line === line)
      .map((f) => f.message);

  it('analyses every template and counts the files it skips', () => {
    expect(files.length).toBe(313);
    expect(files.filter((f) => !cloudformationAnalyzer.claims(f)).map((f) => f.path)).toEqual(NOT_CLAIMED);
    const claimed = files.filter((f) => cloudformationAnalyzer.claims(f));
    const analysis = cloudformationAnalyzer.analyze(claimed, {
      terraformVars: {},
      terraformVarFiles: [],
      cfnParameters: {},
      project: memoryProject(files),
    });
    expect(analysis.skipped).toEqual(PARSED_NOT_TEMPLATES);
    expect(result.stats).toMatchObject({
      filesScanned: 313,
      filesSkipped: NOT_CLAIMED.length + PARSED_NOT_TEMPLATES.length,
    });
  });

  it('parses every template, Rain directives (!Rain::Embed, !Rain::Module) included', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('finds the security groups, and counts what only deploy time knows', () => {
    // 4 more are declared under conditions that their parameters' defaults make false (never created).
    expect(result.firewalls.filter((f) => f.kind === 'aws-security-group').length).toBe(143);
    expect(result.unresolved.map((u) => `${u.location.file}:${u.location.line} ${u.reason}`)).toEqual([
      'RainModules/load-balancer.yml:71 parameter DestinationSecurityGroupId has no default; pass --parameter DestinationSecurityGroupId=VALUE',
    ]);
  });

  // Reviewed by hand against the templates; see the issue note for why each is right.
  it('checks a group that exists only under a condition when its parameters create it', () => {
    // CreateDomainMembersSG defaults to No, so by default DomainMembersSGCondition is false: no group, no finding.
    const file = 'Solutions/ManagedAD/templates/MANAGEDAD.cfn.yaml';
    expect(at('EGR002', file, 199)).toEqual([]);
    const template = files.filter((f) => f.path === file);
    const created = lintFiles(template, {
      cfnParameters: { CreateDomainMembersSG: 'Yes' },
      rules: FIXTURE_RULES,
    });
    expect(created.findings.filter((f) => f.location.line === 199).map((f) => f.message)).toEqual([
      'AWS::EC2::SecurityGroup AWSManagedADDomainMembersSG allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    ]);
  });

  it('reports the "allow all outbound by default" rule written out by hand, in a Rain template', () => {
    expect(at('EGR002', 'Solutions/GitLab/GitLabServer.yaml', 65)).toEqual([
      'AWS::EC2::SecurityGroup InstanceSecurityGroup allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere, mail (SMTP ports 25, 465, 587, 2525) included.',
    ]);
    // One problem, one finding: the SMTP it lets out is in that message, not a second (EGR003) finding.
    expect(at('EGR003', 'Solutions/GitLab/GitLabServer.yaml', 65)).toEqual([]);
  });

  it('reports groups that declare no egress at all', () => {
    expect(at('EGR001', 'EC2/EC2InstanceWithSecurityGroupSample.yaml', 91)).toHaveLength(1);
    expect(at('EGR001', 'ECS/FargateLaunchType/clusters/public-vpc.yaml', 120)).toHaveLength(1);
  });

  it('reports the group without egress, and not the one whose egress is a standalone resource', () => {
    const file = 'Solutions/CloudFrontCustomOriginLambda@Edge/CloudFront.yaml';
    expect(at('EGR001', file, 484)).toHaveLength(1); // EC2InstanceSG
    expect(
      result.findings.filter((f) => f.location.file === file && f.firewallId === 'ALBExternalAccessSG'),
    ).toEqual([]);
  });
});

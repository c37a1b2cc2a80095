// The unresolved list (issue 14, item 11): only module calls that can hold a firewall egress-lint checks are listed
// when their source is not available, and a local module directory without Terraform files says why.
import { describe, expect, it } from 'vitest';
import { lintFiles, memoryProject } from '../../src/engine/lint.ts';
import { mayHoldFirewall, sourceModule } from '../../src/formats/terraform/module-sources.ts';

describe('module sources', () => {
  it.each([
    ['terraform-aws-modules/vpc/aws', { provider: 'aws', name: 'vpc' }],
    ['terraform-aws-modules/iam/aws//modules/iam-assumable-role', { provider: 'aws', name: 'iam' }],
    ['app.terraform.io/acme/network/azurerm', { provider: 'azurerm', name: 'network' }],
    [
      'git::https://github.com/cloudposse/terraform-null-label.git?ref=0.25.0',
      { provider: 'null', name: 'label' },
    ],
    ['github.com/acme/terraform-aws-bastion', { provider: 'aws', name: 'bastion' }],
    ['git@github.com:acme/terraform-google-firewall.git//rules', { provider: 'google', name: 'firewall' }],
    ['https://example.com/modules/network.zip', undefined],
  ])('reads %s', (source, expected) => {
    expect(sourceModule(source)).toEqual(expected);
  });

  it.each([
    ['terraform-aws-modules/vpc/aws', true],
    ['terraform-aws-modules/security-group/aws', true],
    ['terraform-aws-modules/s3-bucket/aws', false],
    ['terraform-aws-modules/iam/aws//modules/iam-user', false],
    ['cloudposse/label/null', false],
    ['DataDog/monitors/datadog', false],
    ['git::https://example.com/some/module.git', true], // nothing says what it holds: it may hold one
  ])('%s may hold a firewall: %s', (source, expected) => {
    expect(mayHoldFirewall(source)).toBe(expected);
  });
});

describe('module calls in the unresolved list', () => {
  const files: Record<string, string> = {
    'infra/main.tf': `module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
module "logs" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
module "labels" {
  source = "cloudposse/label/null"
}
module "missing" {
  source = "./modules/missing"
}
module "outside" {
  source = "../../shared/sg"
}
module "empty" {
  source = "./modules/empty"
}
`,
    'infra/modules/empty/README.md': 'No Terraform here.\n',
  };
  const sources = Object.entries(files).map(([path, text]) => ({ path, absPath: path, text }));
  const result = lintFiles(sources, { project: memoryProject(sources) });

  it('lists the calls that may hold a firewall, saying why each is not analysed', () => {
    expect(result.unresolved.map((u) => `${u.location.line} ${u.expression}: ${u.reason}`)).toEqual([
      '1 module "vpc" source = "terraform-aws-modules/vpc/aws": the module is not downloaded (run terraform init to analyse it)',
      '10 module "missing" source = "./modules/missing": the module directory does not exist',
      '13 module "outside" source = "../../shared/sg": the module directory is outside the scanned directory (scan a directory that contains it)',
      '16 module "empty" source = "./modules/empty": the module directory has no Terraform files',
    ]);
  });
});

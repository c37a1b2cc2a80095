// Generates the benchmark tree: a deterministic monorepo of IaC, the same bytes on every run.
//   terraform/      10,000 .tf files (~25 MB): 10 shared local modules and 990 services; security groups with
//                   inline, dynamic and standalone egress, variables, locals, module calls, unrelated resources
//   cloudformation/ 1,000 templates (YAML with short-form tags, and JSON)
//   pulumi/         100 `pulumi stack export` states
//   --files N       a larger tree of about N files: more services, appended after the default tree's files so
//                   that the default tree stays the same bytes (the scale benchmark: 25,000 and 50,000 files)
// usage: node scripts/gen-bench-tree.mjs OUTDIR [--files N]   (OUTDIR is replaced)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { argv, exit, stderr, stdout } from 'node:process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const SERVICES = 990;
const MODULES = 10;
const FILES_PER_DIR = 10;
const CFN_TEMPLATES = 1000;
const PULUMI_STATES = 100;

/** mulberry32: a tiny seeded PRNG, so the tree never depends on Math.random. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(20240601);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const CIDRS = [
  '0.0.0.0/0',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.10.0/24',
  '0.0.0.0/1',
  '128.0.0.0/1',
  '203.0.113.7/32',
];
const PORTS = [
  [443, 443],
  [80, 80],
  [25, 25],
  [587, 587],
  [0, 65535],
  [5432, 5432],
  [53, 53],
];
const PROTOCOLS = ['tcp', 'udp', '-1', '6'];

function egressBlock([from, to], cidr, protocol = pick(PROTOCOLS)) {
  return `  egress {
    description = "egress ${from}-${to}"
    from_port   = ${protocol === '-1' ? 0 : from}
    to_port     = ${protocol === '-1' ? 0 : to}
    protocol    = "${protocol}"
    cidr_blocks = ["${cidr}"]
  }
`;
}

/** Resources that are not firewalls: the bulk of a real tree, parsed but never expanded. */
function unrelated(svc, n) {
  let out = '';
  for (let i = 0; i < n; i++) {
    switch (int(0, 3)) {
      case 0:
        out += `resource "aws_s3_bucket" "data_${i}" {
  bucket = "\${local.name}-data-${i}"
  tags = merge(local.tags, {
    Purpose = "data ${i}"
    Index   = ${i}
  })
}

`;
        break;
      case 1:
        out += `resource "aws_instance" "worker_${i}" {
  ami                    = data.aws_ami.base.id
  instance_type          = var.instance_type
  subnet_id              = element(var.subnet_ids, ${i})
  vpc_security_group_ids = [aws_security_group.app.id]
  user_data              = <<-EOT
    #!/bin/bash
    echo "service ${svc} worker ${i}" > /etc/motd
  EOT
  tags = local.tags
}

`;
        break;
      case 2:
        out += `resource "aws_iam_role" "task_${i}" {
  name = "\${local.name}-task-${i}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Action = "sts:AssumeRole", Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
}

`;
        break;
      default:
        out += `resource "aws_cloudwatch_log_group" "logs_${i}" {
  name              = "/svc/${svc}/${i}"
  retention_in_days = var.environment == "prod" ? 365 : 30
  tags              = { for k, v in local.tags : k => lower(v) if k != "Owner" }
}

`;
    }
  }
  return out;
}

/** One service: a root module of FILES_PER_DIR files calling one shared module. */
function service(i) {
  const svc = `svc-${String(i).padStart(4, '0')}`;
  const mod = i % MODULES;
  const files = {};
  files['versions.tf'] = `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = var.region
}

${unrelated(svc, 8)}`;
  files['variables.tf'] = `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type    = string
  default = "${pick(['dev', 'staging', 'prod'])}"
}

variable "egress_cidrs" {
  type    = list(string)
  default = ["${pick(CIDRS)}", "${pick(CIDRS)}"]
}

variable "smtp_port" {
  type    = number
  default = ${pick([25, 465, 587, 2525])}
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "subnet_ids" {
  type    = list(string)
  default = ["subnet-1", "subnet-2", "subnet-3"]
}

variable "vpc_id" {
  type    = string
  default = "vpc-${i}"
}

${unrelated(svc, 6)}`;
  files['locals.tf'] = `locals {
  name = "${svc}-\${var.environment}"
  tags = {
    Service     = "${svc}"
    Environment = var.environment
    Owner       = "team-${i % 17}"
  }
  egress_rules = [
    { port = 443, cidr = "${pick(CIDRS)}", protocol = "tcp" },
    { port = var.smtp_port, cidr = "${pick(CIDRS)}", protocol = "tcp" },
    { port = 53, cidr = "10.0.0.2/32", protocol = "udp" },
  ]
  relay_cidrs = [for c in var.egress_cidrs : c if c != "0.0.0.0/0"]
}

${unrelated(svc, 7)}`;
  files['security-groups.tf'] = `resource "aws_security_group" "app" {
  name        = "\${local.name}-app"
  description = "application tier"
  vpc_id      = var.vpc_id

${egressBlock(pick(PORTS), pick(CIDRS))}${egressBlock(pick(PORTS), pick(CIDRS))}}

resource "aws_security_group" "db" {
  name   = "\${local.name}-db"
  vpc_id = var.vpc_id
  egress = []
}

resource "aws_security_group" "unmanaged" {
  name   = "\${local.name}-unmanaged"
  vpc_id = var.vpc_id
}

${unrelated(svc, 6)}`;
  files['dynamic.tf'] = `resource "aws_security_group" "dynamic" {
  name   = "\${local.name}-dynamic"
  vpc_id = var.vpc_id

  dynamic "egress" {
    for_each = local.egress_rules
    content {
      from_port   = egress.value.port
      to_port     = egress.value.port
      protocol    = egress.value.protocol
      cidr_blocks = [egress.value.cidr]
    }
  }
}

resource "aws_security_group" "counted" {
  count  = 2
  name   = "\${local.name}-counted-\${count.index}"
  vpc_id = var.vpc_id
  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = var.egress_cidrs
  }
}

${unrelated(svc, 6)}`;
  const [from, to] = pick(PORTS);
  files['rules.tf'] = `resource "aws_security_group" "standalone" {
  name   = "\${local.name}-standalone"
  vpc_id = var.vpc_id
}

resource "aws_security_group_rule" "standalone_out" {
  type              = "egress"
  security_group_id = aws_security_group.standalone.id
  from_port         = ${from}
  to_port           = ${to}
  protocol          = "tcp"
  cidr_blocks       = ["${pick(CIDRS)}"]
}

resource "aws_vpc_security_group_egress_rule" "all_out" {
  security_group_id = aws_security_group.standalone.id
  ip_protocol       = "-1"
  cidr_ipv4         = "${pick(CIDRS)}"
}

${unrelated(svc, 6)}`;
  files['modules.tf'] = `module "edge" {
  source      = "../../modules/sg-${mod}"
  name        = local.name
  vpc_id      = var.vpc_id
  egress_cidr = "${pick(CIDRS)}"
  smtp_port   = var.smtp_port
}

module "registry" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.1.0"
  name    = local.name
}

${unrelated(svc, 7)}`;
  files['data.tf'] = `data "aws_ami" "base" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
}

${unrelated(svc, 8)}`;
  files['compute.tf'] = unrelated(svc, 24);
  files['outputs.tf'] = `output "app_sg_id" {
  value = aws_security_group.app.id
}

output "edge_sg_id" {
  value = module.edge.security_group_id
}

${unrelated(svc, 7)}`;
  return { dir: `terraform/services/${svc}`, files };
}

/** A shared module: a security group whose egress comes from its inputs. */
function sharedModule(k) {
  const files = {};
  files['main.tf'] = `resource "aws_security_group" "this" {
  name   = "\${var.name}-edge"
  vpc_id = var.vpc_id

  egress {
    from_port   = var.smtp_port
    to_port     = var.smtp_port
    protocol    = "tcp"
    cidr_blocks = [var.egress_cidr]
  }

  egress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}
`;
  files['variables.tf'] = ['name', 'vpc_id', 'egress_cidr']
    .map((v) => `variable "${v}" {\n  type = string\n}\n`)
    .concat('variable "smtp_port" {\n  type    = number\n  default = 587\n}\n')
    .join('\n');
  files['outputs.tf'] = 'output "security_group_id" {\n  value = aws_security_group.this.id\n}\n';
  for (let f = 3; f < FILES_PER_DIR; f++) files[`extra-${f}.tf`] = unrelated(`module-${k}`, 4);
  return { dir: `terraform/modules/sg-${k}`, files };
}

function cfnYaml(i) {
  const groups = [];
  for (let g = 0; g < 4; g++) {
    const [from, to] = pick(PORTS);
    groups.push(`  Group${g}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: !Sub '\${AWS::StackName} group ${g}'
      VpcId: !Ref VpcId
      SecurityGroupEgress:
        - IpProtocol: ${pick(['tcp', '-1', '6'])}
          FromPort: ${from}
          ToPort: ${to}
          CidrIp: !Ref EgressCidr
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: !If [IsProd, 10.0.0.0/8, ${pick(CIDRS)}]
`);
  }
  return `AWSTemplateFormatVersion: '2010-09-09'
Description: bench stack ${i}
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-${i}
  EgressCidr:
    Type: String
    Default: ${pick(CIDRS)}
  Environment:
    Type: String
    Default: dev
Conditions:
  IsProd: !Equals [!Ref Environment, prod]
Resources:
${groups.join('')}  Unmanaged:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: no egress declared
      VpcId: !Ref VpcId
  ExtraEgress:
    Type: AWS::EC2::SecurityGroupEgress
    Properties:
      GroupId: !GetAtt Group0.GroupId
      IpProtocol: tcp
      FromPort: 25
      ToPort: 25
      CidrIp: ${pick(CIDRS)}
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Join ['-', [bench, !Ref AWS::StackName, data]]
Outputs:
  GroupId:
    Value: !Ref Group0
`;
}

function cfnJson(i) {
  const resources = {};
  for (let g = 0; g < 4; g++) {
    const [from, to] = pick(PORTS);
    resources[`Group${g}`] = {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `group ${g}`,
        VpcId: { Ref: 'VpcId' },
        SecurityGroupEgress: [
          { IpProtocol: pick(['tcp', '-1']), FromPort: from, ToPort: to, CidrIp: pick(CIDRS) },
        ],
      },
    };
  }
  resources.Queue = {
    Type: 'AWS::SQS::Queue',
    Properties: { QueueName: { 'Fn::Sub': '${AWS::StackName}-q' } },
  };
  const template = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `bench stack ${i}`,
    Parameters: { VpcId: { Type: 'String', Default: `vpc-${i}` } },
    Resources: resources,
  };
  return `${JSON.stringify(template, null, 2)}\n`;
}

function pulumiState(i) {
  const project = `bench${i}`;
  const urn = (type, name) => `urn:pulumi:dev::${project}::${type}::${name}`;
  const resources = [
    { urn: urn('pulumi:pulumi:Stack', `${project}-dev`), custom: false, type: 'pulumi:pulumi:Stack' },
  ];
  for (let g = 0; g < 8; g++) {
    const [from, to] = pick(PORTS);
    const egress = [{ cidrBlocks: [pick(CIDRS)], fromPort: from, protocol: pick(['tcp', '-1']), toPort: to }];
    resources.push({
      urn: urn('aws:ec2/securityGroup:SecurityGroup', `sg-${g}`),
      custom: true,
      id: `sg-${i}-${g}`,
      type: 'aws:ec2/securityGroup:SecurityGroup',
      inputs: { egress, name: `sg-${g}` },
      outputs: {
        egress: egress.map((e) => ({
          ...e,
          description: '',
          ipv6CidrBlocks: [],
          prefixListIds: [],
          securityGroups: [],
          self: false,
        })),
        id: `sg-${i}-${g}`,
        name: `sg-${g}`,
      },
    });
  }
  resources.push({
    urn: urn('aws:ec2/securityGroupRule:SecurityGroupRule', 'smtp'),
    custom: true,
    id: `sgrule-${i}`,
    type: 'aws:ec2/securityGroupRule:SecurityGroupRule',
    inputs: {
      type: 'egress',
      securityGroupId: `sg-${i}-0`,
      fromPort: 25,
      toPort: 25,
      protocol: 'tcp',
      cidrBlocks: ['0.0.0.0/0'],
    },
    outputs: {
      type: 'egress',
      securityGroupId: `sg-${i}-0`,
      fromPort: 25,
      toPort: 25,
      protocol: 'tcp',
      cidrBlocks: ['0.0.0.0/0'],
    },
  });
  const state = {
    version: 3,
    deployment: { manifest: { time: '2026-01-01T00:00:00Z', magic: 'x', version: 'v3.140.0' }, resources },
  };
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** Files in the default tree: shared modules and services (FILES_PER_DIR each), templates, Pulumi stacks (two each). */
export const DEFAULT_TREE_FILES = (MODULES + SERVICES) * FILES_PER_DIR + CFN_TEMPLATES + 2 * PULUMI_STATES;

/** Writes the tree to `outDir`; with `files` above the default size, extra services bring it to about that many. */
export function generateBenchTree(outDir, { files: wanted = DEFAULT_TREE_FILES } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  const write = (path, text) => {
    const abs = join(outDir, path);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, text);
  };
  for (let k = 0; k < MODULES; k++) {
    const { dir, files } = sharedModule(k);
    for (const [name, text] of Object.entries(files)) write(`${dir}/${name}`, text);
  }
  for (let i = 0; i < SERVICES; i++) {
    const { dir, files } = service(i);
    for (const [name, text] of Object.entries(files)) write(`${dir}/${name}`, text);
  }
  for (let i = 0; i < CFN_TEMPLATES; i++) {
    const dir = `cloudformation/stack-${String(i).padStart(4, '0')}`;
    if (i % 10 < 7) write(`${dir}/template.yaml`, cfnYaml(i));
    else write(`${dir}/template.json`, cfnJson(i));
  }
  for (let i = 0; i < PULUMI_STATES; i++) {
    write(`pulumi/stack-${String(i).padStart(3, '0')}/Pulumi.yaml`, `name: bench${i}\nruntime: nodejs\n`);
    write(`pulumi/stack-${String(i).padStart(3, '0')}/stack.json`, pulumiState(i));
  }
  // Extra services come last, so the files above (and the random draws that made them) never change.
  const extraServices = Math.max(0, Math.ceil((wanted - DEFAULT_TREE_FILES) / FILES_PER_DIR));
  for (let i = SERVICES; i < SERVICES + extraServices; i++) {
    const { dir, files } = service(i);
    for (const [name, text] of Object.entries(files)) write(`${dir}/${name}`, text);
  }
}

if (argv[1] && import.meta.url === pathToFileURL(argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { files: { type: 'string' } },
  });
  const out = positionals[0];
  const files = values.files === undefined ? DEFAULT_TREE_FILES : Number(values.files);
  if (!out || !Number.isInteger(files) || files < 1) {
    stderr.write('usage: node scripts/gen-bench-tree.mjs OUTDIR [--files N]\n');
    exit(2);
  }
  generateBenchTree(out, { files });
  stdout.write(`generated ${out}\n`);
}

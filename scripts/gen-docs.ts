// Renders docs/rules/<ID>.md from each rule's metadata (rules/index.ts) and examples (rules/<id>-<name>.examples.yaml):
// the examples on the page are the ones the tests run. `--check` writes nothing and fails when a page is stale, missing or left over.
// usage: node scripts/run-ts.mjs scripts/gen-docs.ts [--check]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { ExampleError, loadExamples, type RuleExample, type RuleExamples } from '../rules/examples.ts';
import { rules } from '../rules/index.ts';
import type { Rule } from '../src/engine/types.ts';

const DOCS = join(process.cwd(), 'docs/rules');
const RULES = join(process.cwd(), 'rules');

const FORMATS: Record<RuleExample['format'], { title: string; fence: string }> = {
  terraform: { title: 'Terraform', fence: 'hcl' },
  'terraform-plan': { title: 'Terraform plan JSON', fence: 'json' },
  'cloudformation-yaml': { title: 'CloudFormation (YAML)', fence: 'yaml' },
  'cloudformation-json': { title: 'CloudFormation (JSON)', fence: 'json' },
  pulumi: { title: 'Pulumi state', fence: 'json' },
  shell: { title: 'Host firewall: shell script', fence: 'sh' },
  'iptables-save': { title: 'Host firewall: iptables-save file', fence: 'text' },
  'cloud-init': { title: 'Host firewall: cloud-init', fence: 'yaml' },
  ansible: { title: 'Host firewall: Ansible', fence: 'yaml' },
};

function codeBlock(language: string, code: string): string[] {
  return ['```' + language, ...code.replace(/\n$/, '').split('\n'), '```'];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The help's `**Fix**` paragraph onwards is how to fix; what comes before it is why the rule matters. */
function splitHelp(help: string): { why: string; fix?: string } {
  const at = help.search(/^\*\*Fix\*\*:?\s*/m);
  if (at < 0) return { why: help.trim() };
  return {
    why: help.slice(0, at).trim(),
    fix: capitalised(
      help
        .slice(at)
        .replace(/^\*\*Fix\*\*:?\s*/, '')
        .trim(),
    ),
  };
}

function example(kind: 'bad' | 'good', e: RuleExample): string[] {
  const fence = e.file.endsWith('.json') ? 'json' : FORMATS[e.format].fence;
  const heading = kind === 'bad' ? '✖ Reported' : '✔ Not reported';
  const where =
    kind === 'bad'
      ? `\`${e.file}\`, reported on line${e.expectLines.length > 1 ? 's' : ''} ${e.expectLines.map((line, i) => (e.expectLevels ? `${line} (${e.expectLevels[i]})` : String(line))).join(', ')}${e.expectMessage ? `, the message saying "${e.expectMessage}"` : ''}:`
      : `\`${e.file}\`:`;
  const lines = [`#### ${heading}${e.title ? `: ${e.title}` : ''}`, ''];
  if (e.settings && Object.keys(e.settings).length > 0)
    lines.push('With this in `.egress-lint.yml`:', '', ...codeBlock('yaml', stringify(e.settings)), '');
  return [...lines, where, '', ...codeBlock(fence, e.code), ''];
}

function examples(all: RuleExamples): string[] {
  const lines: string[] = [];
  for (const [format, { title }] of Object.entries(FORMATS)) {
    const bad = all.bad.filter((e) => e.format === format);
    const good = all.good.filter((e) => e.format === format);
    if (bad.length + good.length === 0) continue;
    lines.push(`### ${title}`, '');
    for (const e of bad) lines.push(...example('bad', e));
    for (const e of good) lines.push(...example('good', e));
  }
  return lines;
}

function suppression(id: string): string[] {
  return [
    '## How to suppress',
    '',
    'An accepted exception should be visible and reviewable: give the reason after `--`, and optionally an expiry date (`exp:YYYY-MM-DD`) after which the finding is reported again. Suppressed findings stay in the SARIF report with their reason.',
    '',
    '- In Terraform and CloudFormation YAML, a comment on the line, on the line above, or just inside the resource header (for the whole resource):',
    '',
    ...codeBlock('hcl', `# egress-lint:ignore ${id} exp:2027-06-30 -- why this is accepted`).map(
      (l) => `  ${l}`,
    ),
    '',
    '- In CloudFormation (JSON or YAML), in the resource’s `Metadata`:',
    '',
    ...codeBlock(
      'json',
      `"Metadata": { "egress-lint": { "ignore": [{ "id": "${id}", "reason": "why this is accepted" }] } }`,
    ).map((l) => `  ${l}`),
    '',
    '- For formats without comments (Pulumi state, plan JSON), or whole resources, `ignoreResources` in `.egress-lint.yml` (every rule, for firewalls whose id matches the glob):',
    '',
    ...codeBlock(
      'yaml',
      'ignoreResources:\n  - pattern: "aws_security_group.legacy_*"\n    reason: why this is accepted',
    ).map((l) => `  ${l}`),
    '',
    `- To turn the rule off or change its level: \`rules: { ${id}: "off" }\` in \`.egress-lint.yml\` (per directory with \`overrides\`), or \`--rule ${id}:off\` on the command line.`,
    '',
  ];
}

function rulePage(rule: Rule): string {
  const { meta } = rule;
  const help = splitHelp(meta.help);
  const lines = [
    '<!-- Generated by scripts/gen-docs.ts from the rule in rules/: edit it there, then run `npm run docs`. -->',
    '',
    `# ${meta.id} ${meta.name}`,
    '',
    meta.shortDescription,
    '',
    '| Default level | Security severity | Precision | Tags |',
    '| --- | --- | --- | --- |',
    `| ${meta.defaultLevel} | ${meta.securitySeverity} | ${meta.precision} | ${meta.tags.join(', ')} |`,
    '',
    '## What it checks',
    '',
    meta.fullDescription,
    '',
    '## Why it matters',
    '',
    help.why,
    '',
  ];
  if (help.fix) lines.push('## How to fix', '', help.fix, '');
  lines.push('## Examples', '', ...examples(loadExamples(rule, RULES)), ...suppression(meta.id));
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const pages = new Map(rules.map((rule) => [`${rule.meta.id}.md`, rulePage(rule)]));
  const existing = existsSync(DOCS) ? readdirSync(DOCS).filter((f) => f.endsWith('.md')) : [];
  const leftOver = existing.filter((f) => !pages.has(f));
  if (values.check) {
    const stale = [...pages].filter(
      ([file, text]) => !existing.includes(file) || readFileSync(join(DOCS, file), 'utf8') !== text,
    );
    const problems = [
      ...stale.map(([file]) => `${file} is missing or stale`),
      ...leftOver.map((f) => `${f} has no rule`),
    ];
    for (const p of problems) console.error(`docs/rules/${p}`);
    if (problems.length > 0) console.error('Run `npm run docs` and commit docs/rules/.');
    return problems.length > 0 ? 1 : 0;
  }
  mkdirSync(DOCS, { recursive: true });
  for (const file of leftOver) rmSync(join(DOCS, file));
  for (const [file, text] of pages) writeFileSync(join(DOCS, file), text);
  console.log(
    `docs/rules: ${pages.size} pages written${leftOver.length ? `, ${leftOver.length} removed` : ''}`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof ExampleError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

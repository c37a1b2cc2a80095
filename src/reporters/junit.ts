// JUnit XML, the test report Jenkins, GitLab and Azure DevOps read: one <testsuite> per file with problems, one
// <testcase> per problem (a <failure>, or an <error> for a file that could not be analysed), suppressed findings as
// <skipped> so the audit trail shows. A run without problems is one passing test case, never an empty report.
import type { Finding, LintResult } from '../engine/types.ts';
import { compareText } from '../model/order.ts';
import { activeFindings, isFileFailure, plural, problemsOf, type Problem } from './text.ts';

/** Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: markup escaped, characters XML cannot hold as U+FFFD. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: also quotes, and line breaks as character references (a parser would fold them to spaces). */
function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function where(p: { location: Problem['location'] }): string {
  return `${p.location.file}:${p.location.line}:${p.location.column}`;
}

interface Case {
  file: string;
  xml: string;
  failed: boolean;
  error: boolean;
  skipped: boolean;
}

function problemCase(p: Problem): Case {
  const fileFailure = p.source === undefined;
  const name = `${p.source ?? 'not analysed'} ${where(p)}`;
  const tag = fileFailure ? 'error' : 'failure';
  const body = `${p.level}: ${p.message}\nat ${where(p)}`;
  return {
    file: p.location.file,
    failed: !fileFailure,
    error: fileFailure,
    skipped: false,
    xml:
      `    <testcase name="${xmlAttribute(name)}" classname="${xmlAttribute(p.location.file)}">\n` +
      `      <${tag} type="${xmlAttribute(p.source ?? 'file-not-analysed')}" message="${xmlAttribute(p.message)}">` +
      `${xmlText(body)}</${tag}>\n` +
      `    </testcase>\n`,
  };
}

function suppressedCase(f: Finding): Case {
  const reason = `suppressed (${f.suppression!.kind === 'inSource' ? 'in source' : 'baseline or config'}): ${f.suppression!.justification || 'no reason given'}`;
  return {
    file: f.location.file,
    failed: false,
    error: false,
    skipped: true,
    xml:
      `    <testcase name="${xmlAttribute(`${f.ruleId} ${where(f)}`)}" classname="${xmlAttribute(f.location.file)}">\n` +
      `      <skipped message="${xmlAttribute(reason)}"/>\n` +
      `    </testcase>\n`,
  };
}

export function toJunit(result: LintResult): string {
  const cases = [
    ...problemsOf(result).map(problemCase),
    ...result.findings.filter((f) => f.suppression).map(suppressedCase),
  ];
  const byFile = new Map<string, Case[]>();
  for (const c of cases) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  const count = (list: Case[], key: 'failed' | 'error' | 'skipped') => list.filter((c) => c[key]).length;
  const suites = [...byFile.keys()].sort(compareText).map((file) => {
    const list = byFile.get(file)!;
    return (
      `  <testsuite name="${xmlAttribute(file)}" tests="${list.length}" failures="${count(list, 'failed')}" ` +
      `errors="${count(list, 'error')}" skipped="${count(list, 'skipped')}">\n${list.map((c) => c.xml).join('')}  </testsuite>\n`
    );
  });
  if (activeFindings(result).length === 0 && !result.diagnostics.some(isFileFailure) && cases.length === 0) {
    const scanned = plural(result.stats.filesScanned - result.stats.filesSkipped, 'file');
    suites.push(
      `  <testsuite name="egress-lint" tests="1" failures="0" errors="0" skipped="0">\n` +
        `    <testcase name="${xmlAttribute(`no egress problems in ${scanned}`)}" classname="egress-lint"/>\n` +
        `  </testsuite>\n`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="egress-lint" tests="${cases.length || 1}" failures="${count(cases, 'failed')}" ` +
    `errors="${count(cases, 'error')}" skipped="${count(cases, 'skipped')}">\n${suites.join('')}</testsuites>\n`
  );
}

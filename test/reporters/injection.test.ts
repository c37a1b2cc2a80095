// Hostile text in messages, file names and resource names must not inject a workflow command, break a
// Markdown table or inject HTML, break the JSON or SARIF, or smuggle terminal escapes into stylish output.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import type { LintResult } from '../../src/engine/types.ts';
import { toGithub } from '../../src/reporters/github.ts';
import { toJson } from '../../src/reporters/json.ts';
import { toSarif, toSarifLog } from '../../src/reporters/sarif.ts';
import { toStylish } from '../../src/reporters/stylish.ts';
import { toMarkdownSummary } from '../../src/reporters/summary.ts';
import { appGroup, emptyResult, finding, loc } from './fixtures.ts';
import { existsSync } from 'node:fs';

const schemaPresent = existsSync(new URL('../../../shared/schemas/sarif-2.1.0.json', import.meta.url));
const sarifErrors = schemaPresent ? (await import('./sarif-schema.ts')).sarifErrors : () => [];

const MESSAGE =
  '100% <script>alert(1)</script> | `x` [click](javascript:alert(1))\r\n::error::pwned, a:b \u001b[31mred\u001b[0m';
const FILE = 'we,ird:50%/a\n::error file=x::pwned|<b>.tf';
const NAME = 'aws_security_group.x["<img src=x onerror=alert(1)>|`y`\n## heading"]';

function hostileResult(): LintResult {
  const location = loc(FILE, 3, 7);
  return emptyResult({
    findings: [
      finding({
        ruleId: 'EGR002',
        level: 'error',
        message: MESSAGE,
        location,
        related: [{ description: MESSAGE, location }],
      }),
      finding({
        ruleId: 'EGR001',
        level: 'warning',
        message: MESSAGE,
        location,
        suppression: { kind: 'inSource', justification: MESSAGE, location },
      }),
    ],
    diagnostics: [{ level: 'error', location, message: MESSAGE }],
    unresolved: [{ location, expression: MESSAGE, reason: MESSAGE }],
    firewalls: [
      {
        ...appGroup,
        displayName: NAME,
        resourceType: NAME,
        location,
        rules: appGroup.rules.map((r) => ({
          ...r,
          location,
          declaredBy: { ...r.declaredBy, displayName: NAME },
        })),
      },
    ],
    stats: { filesScanned: 1 },
  });
}

/** Undoes GitHub's escaping, as the runner does when it reads a command. */
function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Splits a table row on the pipes that are not backslash-escaped. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') {
      current += row[i] + (row[i + 1] ?? '');
      i++;
    } else if (row[i] === '|') {
      cells.push(current);
      current = '';
    } else current += row[i];
  }
  cells.push(current);
  return cells.slice(1, -1).map((c) => c.trim());
}

/** The GitHub runner treats any output line starting with `::` as a workflow command. */
function commandLines(output: string): string[] {
  return output.split(/\r?\n|\r/).filter((line) => line.startsWith('::'));
}

describe('hostile text', () => {
  it('cannot inject a workflow command: one command per problem, and the values round-trip', () => {
    const out = toGithub(hostileResult(), { rules });
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      expect(m, line).not.toBeNull();
      const props = Object.fromEntries(
        m![2].split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]),
      );
      expect(props.file).toBe(FILE);
      expect(unescape(m![3])).toBe(MESSAGE);
    }
  });

  it('cannot start a workflow command from any other format (CI logs are parsed for them)', () => {
    const result = hostileResult();
    expect(commandLines(toStylish(result, { color: false }))).toEqual([]);
    expect(commandLines(toStylish(result, { color: true }))).toEqual([]);
    expect(commandLines(toJson(result))).toEqual([]);
    expect(
      commandLines(
        toSarif(result, { rules, toolVersion: '1.0.0', informationUri: 'https://example.com/egress-lint' }),
      ),
    ).toEqual([]);
  });

  it('cannot smuggle terminal escapes or line breaks into stylish output', () => {
    const out = toStylish(hostileResult(), { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\r');
    expect(out.split('\n')[1]).toBe('we,ird:50%/a ::error file=x::pwned|<b>.tf');
    // blank, file heading, two problems, blank, summary, hint heading, one unresolved value, final newline
    expect(out.split('\n')).toHaveLength(9);
    expect(out).toContain('::error::pwned, a:b \ufffd[31mred\ufffd[0m  EGR002\n');
  });

  it('cannot break the Markdown tables or inject HTML, links or headings', () => {
    const out = toMarkdownSummary(hostileResult(), {
      rules,
      linkBase: (f, l) => `https://github.com/o/r/blob/main/${f}#L${l}`,
    });
    // The only HTML is the summary's own <details> around the firewall tables.
    const html = out.split('\n').filter((l) => l.includes('<'));
    expect(html.map((l) => l.replace(/>.*<\//, '></'))).toEqual([
      '<details>',
      '<summary></summary>',
      '</details>',
    ]);
    expect(out).not.toMatch(/(?<!\\)\]\(javascript/);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('#')).map((l) => l.split(' ')[0])).toEqual([
      '##',
      '###',
      '###',
      '###',
      '###',
      '###',
      '###',
      '####',
    ]);
    const tables = lines.filter((l) => l.startsWith('|'));
    const widths = new Map([
      ['| Level | Rule | Location | Message |', 4],
      ['| Level | Location | Reason |', 3],
      ['| Location | Expression | Reason |', 3],
      ['| Action | Destination | Protocol | Ports | Declared by |', 5],
      ['| Rule | Errors | Warnings | Notes | Suppressed |', 5],
    ]);
    let width = 0;
    for (const row of tables) {
      width = widths.get(row) ?? width;
      expect(cellsOf(row), row).toHaveLength(width);
    }
    // header and separator of each of the five tables, two rule counts, and one row in each other table
    expect(tables).toHaveLength(5 * 2 + 2 + 1 + 1 + 1 + 1);
    const findingRow = tables.find((l) => l.startsWith('| error | EGR002'))!;
    expect(cellsOf(findingRow)[2]).toBe(
      '[we,ird:50%/a ::error file=x::pwned\\|&lt;b&gt;.tf:3](https://github.com/o/r/blob/main/we,ird:50%/a%0A::error%20file=x::pwned%7C%3Cb%3E.tf#L3)',
    );
  });

  it('keeps the JSON valid, with the values intact', () => {
    const report = JSON.parse(toJson(hostileResult()));
    expect(report.findings[0].message).toBe(MESSAGE);
    expect(report.findings[0].location.file).toBe(FILE);
    expect(report.findings[1].suppression.justification).toBe(MESSAGE);
    expect(report.unresolved[0].expression).toBe(MESSAGE);
  });

  it('keeps the SARIF valid, with the values intact and the file name percent-encoded', () => {
    const log = toSarifLog(hostileResult(), {
      rules,
      toolVersion: '1.0.0',
      informationUri: 'https://example.com/egress-lint',
      srcRoot: '/w',
    });
    expect(sarifErrors(log)).toEqual([]);
    const [result] = log.runs[0].results;
    // Brackets escaped (SARIF 3.11.6): the message's markdown-like link is text, never a link GitHub renders.
    expect(result.message.text.startsWith(MESSAGE.replace(/[\\[\]]/g, (c) => `\\${c}`))).toBe(true);
    const uri = result.locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe('we%2Cird%3A50%25/a%0A%3A%3Aerror%20file%3Dx%3A%3Apwned%7C%3Cb%3E.tf');
    expect(uri.split('/').map(decodeURIComponent).join('/')).toBe(FILE);
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });
});

import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.ts';
import { escapeData, escapeProperty, toGithub, workflowCommand } from '../../src/reporters/github.ts';
import { emptyResult, finding, loc, sampleResult } from './fixtures.ts';

describe('escaping (as @actions/core does it)', () => {
  it('escapes %, CR and LF in data', () => {
    expect(escapeData('100% done\r\n::error::x, a:b')).toBe('100%25 done%0D%0A::error::x, a:b');
  });

  it('escapes %, CR, LF, : and , in property values', () => {
    expect(escapeProperty('a,b:c%\r\nd')).toBe('a%2Cb%3Ac%25%0D%0Ad');
  });

  it('escapes % first, so an existing escape sequence stays literal', () => {
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%3A')).toBe('%253A');
  });

  it('builds a command, leaving out undefined properties', () => {
    expect(workflowCommand('notice', { file: 'x.tf', line: 2, col: undefined, title: 'T' }, 'm')).toBe(
      '::notice file=x.tf,line=2,title=T::m',
    );
    expect(workflowCommand('warning', {}, 'bare')).toBe('::warning::bare');
  });
});

describe('toGithub', () => {
  it('annotates parse failures first, then findings and suppression problems with titles and full locations', () => {
    expect(toGithub(sampleResult(), { rules })).toBe(
      [
        "::error file=broken.tf,line=3::Unexpected token '}': expected an attribute or block.",
        '::error file=main.tf,line=6,col=19,endLine=6,endColumn=30,title=EGR002 open-egress::aws_security_group.app allows all traffic to 0.0.0.0/0: anything on the host can send data anywhere.',
        '::warning file=main.tf,line=10,col=1,title=EGR001 egress-not-declared::aws_security_group.db declares no egress policy.',
        '::warning file=main.tf,line=14,col=3,title=unused-suppression::unused egress-lint:ignore for EGR003: no EGR003 finding here to suppress',
        '',
      ].join('\n'),
    );
  });

  it('defaults to the registered rules for titles', () => {
    expect(toGithub(sampleResult())).toBe(toGithub(sampleResult(), { rules }));
  });

  it('emits notes as notices and titles unknown rules by id', () => {
    const result = emptyResult({
      findings: [finding({ ruleId: 'EGR099', level: 'note', message: 'n', location: loc('a.tf', 4, 2) })],
    });
    expect(toGithub(result, { rules })).toBe('::notice file=a.tf,line=4,col=2,title=EGR099::n\n');
  });

  it('emits nothing on a clean run', () => {
    expect(toGithub(emptyResult(), { rules })).toBe('');
  });
});

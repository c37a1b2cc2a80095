// The function library beyond the documented examples: RE2 patterns as Go reads them, errors as unknown values
// (never a crash), file functions confined to the scanned root, partly unknown lists.
import { describe, expect, it } from 'vitest';
import { functionNamed } from '../../src/formats/terraform/functions/index.ts';
import { localValue, plainValue } from './function-eval.ts';

describe('regular expressions (RE2)', () => {
  it.each([
    ['regex("(?P<a>x+)(?<b>y)", "xxy")', { a: 'xx', b: 'y' }],
    ['regex("(?i)ABC", "xabcx")', 'abc'],
    ['regex("(?s)a.b", "a\\nb")', 'a\nb'],
    ['regex("(?m)^b$", "a\\nb\\nc")', 'b'],
    ['regex("\\\\Aab", "ab")', 'ab'],
    ['regexall("a\\\\z", "a\\na")', ['a']],
    ['regex("[[:digit:]]+", "ab123c")', '123'],
    ['regex("\\\\Q1.5\\\\E", "x1.5")', '1.5'],
    ['regex("\\\\pL+", "12héllo3")', 'héllo'],
    ['regex("\\\\x{41}", "zA")', 'A'],
    ['regex("\\\\s+", "a\\u00a0 \\tb")', ' \t'], // RE2's \s is ASCII only
    ['regex("a{2}", "caab")', 'aa'],
    ['regex("(a)|(b)", "b")', [null, 'b']],
    ['replace("a-b-c", "/(\\\\w)-/", "$${1}+")', 'a+b+c'],
    ['replace("2019-02-01", "/(?P<y>\\\\d+)-(?P<m>\\\\d+)-(?P<d>\\\\d+)/", "$d/$m/$y")', '01/02/2019'],
    ['replace("ab", "/(a)/", "$1x")', 'b'], // Go reads $1x as the group named "1x": empty
  ])('%s', (expression, expected) => {
    expect(plainValue(expression)).toEqual(expected);
  });

  it.each([
    ['regex("(?=a)", "a")', 'lookaround'],
    ['regex("(a)\\\\1", "aa")', 'invalid escape sequence: \\1'],
    ['regex("a{1001}", "a")', 'invalid repeat count'],
    ['regex("[a", "a")', 'missing closing ]'],
    ['regex("(?P<n>a)(b)", "ab")', 'mixes named and unnamed'],
  ])('rejects what RE2 rejects: %s', (expression, reason) => {
    const value = localValue(expression);
    expect(value.t).toBe('unknown');
    expect(value.t === 'unknown' && value.reason).toContain(reason);
  });

  it('leaves unknown what JavaScript cannot match as RE2 does, and try() does not hide it', () => {
    for (const expression of [
      'regex("(?U)a+", "aaa")',
      'regex("a(?i)b", "aB")',
      'try(regex("(?U)a+", "aaa"), "x")',
    ]) {
      const value = localValue(expression);
      expect(value.t).toBe('unknown');
      expect(value.t === 'unknown' && value.reason).toContain('JavaScript cannot match exactly');
    }
  });
});

/** Every built-in of Terraform 1.10 (developer.hashicorp.com/terraform/language/functions), but can and try. */
const TERRAFORM_FUNCTIONS =
  `abs abspath alltrue anytrue base64decode base64encode base64gzip base64sha256 base64sha512
basename bcrypt ceil chomp chunklist cidrhost cidrnetmask cidrsubnet cidrsubnets coalesce coalescelist compact concat
contains csvdecode dirname distinct element endswith ephemeralasnull file filebase64 filebase64sha256 filebase64sha512
fileexists filemd5 fileset filesha1 filesha256 filesha512 flatten floor format formatdate formatlist indent index
issensitive join jsondecode jsonencode keys length log lookup lower matchkeys max md5 merge min nonsensitive one
parseint pathexpand plantimestamp pow range regex regexall replace reverse rsadecrypt sensitive setintersection
setproduct setsubtract setunion sha1 sha256 sha512 signum slice sort split startswith strcontains strrev substr sum
templatefile templatestring textdecodebase64 textencodebase64 timeadd timecmp timestamp title tobool tolist tomap
tonumber toset tostring transpose trim trimprefix trimspace trimsuffix type upper urlencode uuid uuidv5 values
yamldecode yamlencode zipmap`.split(/\s+/);

describe('the whole library', () => {
  it('has every built-in function of Terraform, except those that read the clock or randomness', () => {
    const missing = TERRAFORM_FUNCTIONS.filter((name) => !functionNamed(name));
    expect(missing).toEqual(['bcrypt', 'plantimestamp', 'timestamp', 'uuid']);
    for (const name of missing) {
      const value = localValue(`${name}()`);
      expect(value.t === 'unknown' && value.reason).toMatch(/is not evaluated statically/);
    }
  });
});

describe('errors give unknown values, never a crash', () => {
  const args = ['', '"x"', '-1', '1.5', 'true', 'null', '[]', '["a", 1]', '{}', '{ a = [1] }', 'var.nothing'];
  const names = [
    ...[
      'abs',
      'alltrue',
      'base64decode',
      'cidrsubnets',
      'csvdecode',
      'element',
      'flatten',
      'format',
      'formatdate',
    ],
    ...[
      'jsondecode',
      'lookup',
      'merge',
      'one',
      'parseint',
      'range',
      'regex',
      'replace',
      'setproduct',
      'slice',
    ],
    ...[
      'substr',
      'sum',
      'templatestring',
      'textencodebase64',
      'timeadd',
      'transpose',
      'yamldecode',
      'yamlencode',
    ],
    ...['zipmap', 'file', 'templatefile', 'fileset', 'tonumber', 'tomap', 'strrev'],
  ];

  it('knows every name it is asked about', () => {
    for (const name of names) expect(functionNamed(name), name).toBeDefined();
  });

  it.each(names)('%s with wrong, null, unknown and too many arguments', (name) => {
    for (const a of args)
      for (const b of ['', ', "y"', ', 2, 3, 4', ', null']) {
        const call = `${name}(${a}${a === '' ? b.replace(/^, /, '') : b})`;
        const value = localValue(call);
        expect(['string', 'number', 'bool', 'null', 'list', 'object', 'unknown', 'ref']).toContain(value.t);
      }
  });
});

describe('file functions read inside the scanned root only', () => {
  const files = { 'hello.txt': 'Hello', 'sub/a.tpl': '${x}-${y}' };
  it.each([
    ['file("../outside.txt")', 'outside the scanned root'],
    ['file("/etc/passwd")', 'outside the scanned root'],
    ['fileexists("../../x")', 'outside the scanned root'],
    ['fileset("..", "*")', 'outside the scanned root'],
  ])('%s is unknown', (expression, reason) => {
    const value = localValue(expression, files);
    expect(value.t === 'unknown' && value.reason).toContain(reason);
  });

  it('reads a missing file as an error that try() catches', () => {
    expect(plainValue('try(file("nothing.txt"), "fallback")', files)).toBe('fallback');
  });

  it('gives a template only its own variables', () => {
    expect(plainValue('templatefile("sub/a.tpl", { x = 1, y = "b" })', files)).toBe('1-b');
    const leaked = localValue('templatefile("sub/a.tpl", { x = 1 })', files);
    expect(leaked.t).toBe('unknown');
  });
});

describe('partly unknown lists', () => {
  it('keeps the known elements and one stand-in for the unknown ones', () => {
    const value = localValue('concat(["0.0.0.0/0"], var.unset, ["10.0.0.0/8"])');
    expect(value.t).toBe('list');
    expect(value.t === 'list' && value.items.map((i) => i.t)).toEqual(['string', 'unknown', 'string']);
  });

  it('does not count or index past an unknown part', () => {
    expect(localValue('length(concat(["a"], var.unset))').t).toBe('unknown');
    expect(plainValue('concat(["a"], var.unset)[0]')).toBe('a');
    expect(localValue('concat(["a"], var.unset)[1]').t).toBe('unknown');
  });
});

describe('resource attributes known only after apply', () => {
  const files = { 'sg.tf': 'resource "aws_security_group" "x" {}\n' };

  it('makes a string function of them unknown, which try() does not replace with its fallback', () => {
    const value = localValue('try(format("sg-%s", aws_security_group.x.id), "fallback")', files);
    expect(value.t === 'unknown' && value.reason).toBe('aws_security_group.x.id is known only after apply');
  });

  it('passes them through where Terraform passes the value (coalesce, one, element)', () => {
    for (const expression of [
      'coalesce(null, aws_security_group.x.id)',
      'one([aws_security_group.x.id])',
      'element([aws_security_group.x.id], 0)',
    ])
      expect(plainValue(expression, files)).toBe('aws_security_group.x.id');
  });
});

describe('results too large to build', () => {
  it.each([
    'setproduct(range(1000), range(1000), range(1000))',
    'format("%900000000s", "x")',
    'indent(100000000, "a\\nb")',
  ])('%s is unknown, not a run that never ends', (expression) => {
    const value = localValue(expression);
    expect(value.t === 'unknown' && value.reason).toMatch(/more than 1000000 evaluated/);
  });
});

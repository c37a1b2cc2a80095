// Differential test of the function library against the examples in Terraform's function documentation. Each
// DOCUMENTED row is one example of the page named by its key (github.com/hashicorp/terraform,
// website/docs/language/functions/<page>): the example call and the result the page shows. `ERROR` rows are calls
// the page shows failing: they evaluate to unknown (never a crash, never a value). A page whose examples cannot be
// evaluated statically (they read the machine, a file the page does not give, or sensitivity) lists them as `GAP`
// rows naming what the library does instead. NOT_FROM_DOCS holds further checks that no page shows.
import { describe, expect, it } from 'vitest';
import { plainValue } from './function-eval.ts';

const ERROR = Symbol('error');

/** The result is a set (or the page says its order is not significant): compare elements, not order. */
class Unordered {
  constructor(readonly elements: unknown[]) {}
}
const unordered = (...elements: unknown[]) => new Unordered(elements);

/** What the library does where it cannot follow the page, and why. */
interface Gap {
  gap: string;
  library: unknown;
}

type Row = [expression: string, documented: unknown, gap?: Gap];

const UNKNOWN = { unknown: expect.any(String) };

/** Page → its examples, in the page's order. */
const DOCUMENTED: Record<string, Row[]> = {
  'abs.mdx': [
    ['abs(23)', 23],
    ['abs(0)', 0],
    ['abs(-12.4)', 12.4],
  ],
  'abspath.mdx': [
    [
      'abspath(path.root)',
      '/home/user/some/terraform/root',
      { gap: 'depends on the directory Terraform runs in', library: UNKNOWN },
    ],
  ],
  'alltrue.mdx': [
    ['alltrue(["true", true])', true],
    ['alltrue([true, false])', false],
  ],
  'anytrue.mdx': [
    ['anytrue(["true"])', true],
    ['anytrue([true])', true],
    ['anytrue([true, false])', true],
    ['anytrue([])', false],
  ],
  'base64decode.mdx': [['base64decode("SGVsbG8gV29ybGQ=")', 'Hello World']],
  'base64encode.mdx': [['base64encode("Hello World")', 'SGVsbG8gV29ybGQ=']],
  // base64gzip.mdx shows only base64gzip(local.my_data), with no result.
  'base64sha256.mdx': [['base64sha256("hello world")', 'uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=']],
  'base64sha512.mdx': [
    [
      'base64sha512("hello world")',
      'MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==',
    ],
  ],
  'basename.mdx': [['basename("foo/bar/baz.txt")', 'baz.txt']],
  'can.mdx': [
    ['local.foo', { bar: 'baz' }],
    ['can(local.foo.bar)', true],
    ['can(local.foo.boop)', false],
    ['can(local.nonexist)', ERROR],
  ],
  'ceil.mdx': [
    ['ceil(5)', 5],
    ['ceil(5.1)', 6],
  ],
  'chomp.mdx': [
    ['chomp("hello\\n")', 'hello'],
    ['chomp("hello\\r\\n")', 'hello'],
    ['chomp("hello\\n\\n")', 'hello'],
  ],
  'chunklist.mdx': [
    ['chunklist(["a", "b", "c", "d", "e"], 2)', [['a', 'b'], ['c', 'd'], ['e']]],
    ['chunklist(["a", "b", "c", "d", "e"], 1)', [['a'], ['b'], ['c'], ['d'], ['e']]],
  ],
  'cidrhost.mdx': [
    ['cidrhost("10.0.0.0/8", 2)', '10.0.0.2'],
    ['cidrhost("10.0.0.0/8", -2)', '10.255.255.254'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
  ],
  'cidrnetmask.mdx': [['cidrnetmask("172.16.0.0/12")', '255.240.0.0']],
  'cidrsubnet.mdx': [
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrhost("10.1.2.240/28", 1)', '10.1.2.241'],
    ['cidrhost("10.1.2.240/28", 14)', '10.1.2.254'],
  ],
  'cidrsubnets.mdx': [
    [
      'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20'],
    ],
    [
      'cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)',
      [
        'fd00:fd12:3456:7800::/72',
        'fd00:fd12:3456:7800:100::/72',
        'fd00:fd12:3456:7800:200::/72',
        'fd00:fd12:3456:7800:300::/88',
      ],
    ],
    [
      '[for cidr_block in cidrsubnets("10.0.0.0/8", 8, 8, 8, 8) : cidrsubnets(cidr_block, 4, 4)]',
      [
        ['10.0.0.0/20', '10.0.16.0/20'],
        ['10.1.0.0/20', '10.1.16.0/20'],
        ['10.2.0.0/20', '10.2.16.0/20'],
        ['10.3.0.0/20', '10.3.16.0/20'],
      ],
    ],
  ],
  'coalesce.mdx': [
    ['coalesce("a", "b")', 'a'],
    ['coalesce("", "b")', 'b'],
    ['coalesce(1,2)', 1],
    ['coalesce(["", "b"]...)', 'b'],
    ['coalesce(1, "hello")', '1'],
    ['coalesce(true, "hello")', 'true'],
    ['coalesce({}, "hello")', ERROR],
  ],
  'coalescelist.mdx': [
    ['coalescelist(["a", "b"], ["c", "d"])', ['a', 'b']],
    ['coalescelist([], ["c", "d"])', ['c', 'd']],
    ['coalescelist([[], ["c", "d"]]...)', ['c', 'd']],
  ],
  'compact.mdx': [['compact(["a", "", "b", null, "c"])', ['a', 'b', 'c']]],
  'concat.mdx': [
    ['concat(["a", ""], ["b", "c"])', ['a', '', 'b', 'c']],
    ['concat([], [1, "a"], [[3], "c"])', [1, 'a', [3], 'c']],
  ],
  'contains.mdx': [
    ['contains(["a", "b", "c"], "a")', true],
    ['contains(["a", "b", "c"], "d")', false],
  ],
  'csvdecode.mdx': [
    [
      'csvdecode("a,b,c\\n1,2,3\\n4,5,6")',
      [
        { a: '1', b: '2', c: '3' },
        { a: '4', b: '5', c: '6' },
      ],
    ],
  ],
  'dirname.mdx': [['dirname("foo/bar/baz.txt")', 'foo/bar']],
  'distinct.mdx': [['distinct(["a", "b", "a", "c", "d", "b"])', ['a', 'b', 'c', 'd']]],
  'element.mdx': [
    ['element(["a", "b", "c"], 1)', 'b'],
    ['element(["a", "b", "c"], 3)', 'a'],
    ['element(["a", "b", "c"], length(["a", "b", "c"])-1)', 'c'],
  ],
  'endswith.mdx': [
    ['endswith("hello world", "world")', true],
    ['endswith("hello world", "hello")', false],
  ],
  'ephemeralasnull.mdx': [
    ['ephemeralasnull(var.example)', null, { gap: 'ephemerality is not tracked', library: UNKNOWN }],
  ],
  'file.mdx': [['file("${path.module}/hello.txt")', 'Hello World']],
  'filebase64.mdx': [['filebase64("${path.module}/hello.txt")', 'SGVsbG8gV29ybGQ=']],
  // filebase64sha256.mdx, filebase64sha512.mdx and filemd5.mdx show no example.
  'fileexists.mdx': [['fileexists("${path.module}/hello.txt")', true]],
  'fileset.mdx': [
    ['fileset(path.module, "files/*.txt")', unordered('files/hello.txt', 'files/world.txt')],
    ['fileset(path.module, "files/{hello,world}.txt")', unordered('files/hello.txt', 'files/world.txt')],
    ['fileset("${path.module}/files", "*")', unordered('hello.txt', 'world.txt')],
    [
      'fileset("${path.module}/files", "**")',
      unordered('hello.txt', 'world.txt', 'subdirectory/anotherfile.txt'),
    ],
  ],
  // filesha1.mdx, filesha256.mdx and filesha512.mdx hash an example.txt whose content they do not give, and their
  // hashes match no plausible content (filesha256's is sha256("Hello World") with the second half changed).
  'flatten.mdx': [
    ['flatten([["a", "b"], [], ["c"]])', ['a', 'b', 'c']],
    ['flatten([[["a", "b"], []], ["c"]])', ['a', 'b', 'c']],
  ],
  'floor.mdx': [
    ['floor(5)', 5],
    ['floor(4.9)', 4],
  ],
  'format.mdx': [
    ['format("Hello, %s!", "Ander")', 'Hello, Ander!'],
    ['format("There are %d lights", 4)', 'There are 4 lights'],
    ['format("Hello, %s!", var.name)', 'Hello, Valentina!'],
    ['"Hello, ${var.name}!"', 'Hello, Valentina!'],
  ],
  'formatdate.mdx': [
    ['formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")', '02 Jan 2018 23:12 UTC'],
    ['formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")', 'Tuesday, 02-Jan-18 23:12:01 UTC'],
    [
      'formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")',
      'Tue, 02 Jan 2018 23:12:01 -0800',
    ],
    ['formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")', 'Jan 02, 2018'],
    ['formatdate("HH:mmaa", "2018-01-02T23:12:01Z")', '11:12pm'],
    ['formatdate("h\'h\'mm", "2018-01-02T23:12:01-08:00")', '23h12'],
    ['formatdate("H \'o\'\'clock\'", "2018-01-02T23:12:01-08:00")', "11 o'clock"],
  ],
  'formatlist.mdx': [
    [
      'formatlist("Hello, %s!", ["Valentina", "Ander", "Olivia", "Sam"])',
      ['Hello, Valentina!', 'Hello, Ander!', 'Hello, Olivia!', 'Hello, Sam!'],
    ],
    [
      'formatlist("%s, %s!", "Salutations", ["Valentina", "Ander", "Olivia", "Sam"])',
      ['Salutations, Valentina!', 'Salutations, Ander!', 'Salutations, Olivia!', 'Salutations, Sam!'],
    ],
  ],
  // indent.mdx shows no result; indent.html.md (the page's earlier form) does.
  'indent.html.md': [
    ['"  items: ${indent(2, "[\\n  foo,\\n  bar,\\n]")}"', '  items: [\n    foo,\n    bar,\n  ]'],
    ['local.where_without_chomp', "NOT (\n  user_id IS NULL\n  OR user_id == ''\n  )\n"],
    ['local.where_with_chomp', "NOT (\n  user_id IS NULL\n  OR user_id == ''\n)\n"],
  ],
  'index_function.mdx': [['index(["a", "b", "c"], "b")', 1]],
  'issensitive.mdx': [
    ['issensitive(sensitive("secret"))', true, { gap: 'sensitivity is not tracked', library: UNKNOWN }],
    ['issensitive("hello")', false, { gap: 'sensitivity is not tracked', library: UNKNOWN }],
    ['issensitive(var.sensitive_var)', true, { gap: 'sensitivity is not tracked', library: UNKNOWN }],
  ],
  'join.mdx': [
    ['join(", ", ["foo", "bar", "baz"])', 'foo, bar, baz'],
    ['join(", ", ["foo"])', 'foo'],
  ],
  'jsondecode.mdx': [
    ['jsondecode("{\\"hello\\": \\"world\\"}")', { hello: 'world' }],
    ['jsondecode("true")', true],
  ],
  'jsonencode.mdx': [['jsonencode({"hello"="world"})', '{"hello":"world"}']],
  'keys.mdx': [['keys({a=1, c=2, d=3})', ['a', 'c', 'd']]],
  'length.mdx': [
    ['length([])', 0],
    ['length(["a", "b"])', 2],
    ['length({"a" = "b"})', 1],
    ['length("hello")', 5],
    ['length("👾🕹️")', 2],
  ],
  'log.mdx': [
    ['log(50, 10)', 1.6989700043360185],
    ['log(16, 2)', 4],
    ['ceil(log(15, 2))', 4],
    ['ceil(log(16, 2))', 4],
    ['ceil(log(17, 2))', 5],
  ],
  'lookup.mdx': [
    ['lookup({a="ay", b="bee"}, "a", "what?")', 'ay'],
    ['lookup({a="ay", b="bee"}, "c", "what?")', 'what?'],
  ],
  'lower.mdx': [
    ['lower("HELLO")', 'hello'],
    ['lower("ΓΕΙΑ ΣΟΥ")', 'γεια σου'],
  ],
  'matchkeys.mdx': [
    [
      'matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])',
      ['i-abc', 'i-def'],
    ],
    // The page introduces this form with "if the result ordering is not significant".
    [
      '[for i, z in {"i-123"="us-west","i-abc"="us-east","i-def"="us-east"}: i if z == "us-east"]',
      unordered('i-def', 'i-abc'),
    ],
    [
      '[for x in [{id="i-123",zone="us-west"},{id="i-abc",zone="us-east"}]: x.id if x.zone == "us-east"]',
      ['i-abc'],
    ],
    [
      '[for x in aws_instance.example: x.id if x.availability_zone == "us-east-1a"]',
      ['i-abc123', 'i-def456'],
      { gap: 'resource attributes are known only after apply', library: UNKNOWN },
    ],
  ],
  'max.mdx': [
    ['max(12, 54, 3)', 54],
    ['max([12, 54, 3]...)', 54],
  ],
  'md5.mdx': [['md5("hello world")', '5eb63bbbe01eeed093cb22bb8f5acdc3']],
  'merge.mdx': [
    ['merge({a="b", c="d"}, {e="f", c="z"})', { a: 'b', c: 'z', e: 'f' }],
    ['merge({a="b"}, {a=[1,2], c="z"}, {d=3})', { a: [1, 2], c: 'z', d: 3 }],
    ['merge([{a="b", c="d"}, {}, {e="f", c="z"}]...)', { a: 'b', c: 'z', e: 'f' }],
  ],
  'min.mdx': [
    ['min(12, 54, 3)', 3],
    ['min([12, 54, 3]...)', 3],
  ],
  // The page's values are shown as (sensitive); what is evaluated is the value behind them.
  'nonsensitive.mdx': [
    ['nonsensitive(local.mixed_content["username"])', 'zqb'],
    [
      'nonsensitive("clear")',
      ERROR,
      {
        gap: 'sensitivity is not tracked, so a value that is not sensitive is not refused',
        library: 'clear',
      },
    ],
    ['nonsensitive(var.mixed_content_json)', '{\n  "username": "zqb",\n  "password": "p4ssw0rd"\n}\n'],
    ['nonsensitive(local.mixed_content)', { password: 'p4ssw0rd', username: 'zqb' }],
    ['nonsensitive(local.mixed_content["password"])', 'p4ssw0rd'],
  ],
  'one.mdx': [
    ['one([])', null],
    ['one(["hello"])', 'hello'],
    ['one(["hello", "goodbye"])', ERROR],
    ['one(toset([]))', null],
    ['one(toset(["hello"]))', 'hello'],
    ['one(toset(["hello","goodbye"]))', ERROR],
  ],
  'parseint.mdx': [
    ['parseint("100", 10)', 100],
    ['parseint("FF", 16)', 255],
    ['parseint("-10", 16)', -16],
    ['parseint("1011111011101111", 2)', 48879],
    ['parseint("aA", 62)', 656],
    ['parseint("12", 2)', ERROR],
  ],
  'pathexpand.mdx': [
    [
      'pathexpand("~/.ssh/id_rsa")',
      '/home/steve/.ssh/id_rsa',
      { gap: "depends on the user's home", library: UNKNOWN },
    ],
    ['pathexpand("/etc/resolv.conf")', '/etc/resolv.conf'],
  ],
  'pow.mdx': [
    ['pow(3, 2)', 9],
    ['pow(4, 0)', 1],
  ],
  'range.mdx': [
    ['range(3)', [0, 1, 2]],
    ['range(1, 4)', [1, 2, 3]],
    ['range(1, 8, 2)', [1, 3, 5, 7]],
    ['range(1, 4, 0.5)', [1, 1.5, 2, 2.5, 3, 3.5]],
    ['range(4, 1)', [4, 3, 2]],
    ['range(10, 5, -2)', [10, 8, 6]],
    ['local.expanded_names', { bar: ['bar00', 'bar01', 'bar02', 'bar03'], foo: ['foo00', 'foo01'] }],
  ],
  'regex.mdx': [
    ['regex("[a-z]+", "53453453.345345aaabbbccc23454")', 'aaabbbccc'],
    ['regex("(\\\\d\\\\d\\\\d\\\\d)-(\\\\d\\\\d)-(\\\\d\\\\d)", "2019-02-01")', ['2019', '02', '01']],
    [
      'regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")',
      { authority: 'terraform.io', scheme: 'https' },
    ],
    ['regex("[a-z]+", "53453453.34534523454")', ERROR],
  ],
  'regexall.mdx': [
    ['regexall("[a-z]+", "1234abcd5678efgh9")', ['abcd', 'efgh']],
    ['length(regexall("[a-z]+", "1234abcd5678efgh9"))', 2],
    ['length(regexall("[a-z]+", "123456789")) > 0', false],
  ],
  'replace.mdx': [
    ['replace("1 + 2 + 3", "+", "-")', '1 - 2 - 3'],
    ['replace("hello world", "/w.*d/", "everybody")', 'hello everybody'],
  ],
  'reverse.mdx': [['reverse([1, 2, 3])', [3, 2, 1]]],
  'rsadecrypt.mdx': [
    [
      'rsadecrypt(filebase64("${path.module}/ciphertext"), file("privatekey.pem"))',
      'Hello, world!',
      { gap: 'the page gives neither file, and Node refuses PKCS #1 v1.5 decryption', library: UNKNOWN },
    ],
  ],
  'sensitive.mdx': [
    ['sensitive(1)', 1],
    ['sensitive("hello")', 'hello'],
    ['sensitive([])', []],
  ],
  'setintersection.mdx': [
    ['setintersection(["a", "b"], ["b", "c"], ["b", "d"])', unordered('b')],
    ['setintersection([3,3.3,4], [4,3.3,65,99], [4.0,3.3])', unordered(3.3, 4)],
    [
      'setintersection(["bob","jane",3], ["jane",3,"ajax",10], ["3","jane",26,"nomad"])',
      unordered('3', 'jane'),
    ],
  ],
  'setproduct.mdx': [
    [
      'setproduct(["development", "staging", "production"], ["app1", "app2"])',
      [
        ['development', 'app1'],
        ['development', 'app2'],
        ['staging', 'app1'],
        ['staging', 'app2'],
        ['production', 'app1'],
        ['production', 'app2'],
      ],
    ],
    ['setproduct(["development", "staging", "production"], [])', []],
    ['setproduct(["a"], ["b"])', [['a', 'b']]],
    [
      'setproduct(["staging", "production"], ["a", 2])',
      [
        ['staging', 'a'],
        ['staging', '2'],
        ['production', 'a'],
        ['production', '2'],
      ],
    ],
  ],
  'setsubtract.mdx': [
    ['setsubtract(["a", "b", "c"], ["a", "c"])', unordered('b')],
    [
      'setunion(setsubtract(["a", "b", "c"], ["a", "c", "d"]), setsubtract(["a", "c", "d"], ["a", "b", "c"]))',
      unordered('b', 'd'),
    ],
  ],
  'setunion.mdx': [['setunion(["a", "b"], ["b", "c"], ["d"])', unordered('d', 'b', 'c', 'a')]],
  'sha1.mdx': [['sha1("hello world")', '2aae6c35c94fcfb415dbe95f408b9ce91ee846ed']],
  'sha256.mdx': [
    ['sha256("hello world")', 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'],
  ],
  'sha512.mdx': [
    [
      'sha512("hello world")',
      '309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f',
    ],
  ],
  'signum.mdx': [
    ['signum(-13)', -1],
    ['signum(0)', 0],
    ['signum(344)', 1],
  ],
  'slice.mdx': [['slice(["a", "b", "c", "d"], 1, 3)', ['b', 'c']]],
  'sort.mdx': [['sort(["e", "d", "a", "x"])', ['a', 'd', 'e', 'x']]],
  'split.mdx': [
    ['split(",", "foo,bar,baz")', ['foo', 'bar', 'baz']],
    ['split(",", "foo")', ['foo']],
    ['split(",", "")', ['']],
  ],
  'startswith.mdx': [
    ['startswith("hello world", "hello")', true],
    ['startswith("hello world", "world")', false],
  ],
  'strcontains.mdx': [
    ['strcontains("hello world", "wor")', true],
    ['strcontains("hello world", "wod")', false],
  ],
  'strrev.mdx': [
    ['strrev("hello")', 'olleh'],
    ['strrev("a ☃")', '☃ a'],
  ],
  'substr.mdx': [
    ['substr("hello world", 1, 4)', 'ello'],
    ['substr("🤔🤷", 0, 1)', '🤔'],
    ['substr("hello world", -5, -1)', 'world'],
  ],
  'sum.mdx': [['sum([10, 13, 6, 4.5])', 33.5]],
  // The stored page's backends.tftpl loops `for addr, port in ip_addrs` and its config.tftpl has no `~` after the
  // `for`; the results it shows are those of `for addr in ip_addrs` and of `~}` on both directives, which the
  // fixtures below use (with the page's own template text the results would differ, as Terraform renders it).
  'templatefile.mdx': [
    [
      'templatefile("${path.module}/backends.tftpl", { port = 8080, ip_addrs = ["10.0.0.1", "10.0.0.2"] })',
      'backend 10.0.0.1:8080\nbackend 10.0.0.2:8080\n',
    ],
    [
      'templatefile("${path.module}/config.tftpl", { config = { "x" = "y", "foo" = "bar", "key" = "value" } })',
      'set foo = bar\nset key = value\nset x = y\n',
    ],
  ],
  // templatestring.mdx shows configuration only (a template read from S3), no result.
  'textdecodebase64.mdx': [
    ['textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")', 'Hello World'],
  ],
  'textencodebase64.mdx': [
    ['textencodebase64("Hello World", "UTF-16LE")', 'SABlAGwAbABvACAAVwBvAHIAbABkAA=='],
  ],
  'timeadd.mdx': [
    ['timeadd("2024-08-16T12:45:05Z", "10m")', '2024-08-16T12:55:05Z'],
    ['timeadd("2024-08-16T12:45:05Z", "-10m")', '2024-08-16T12:35:05Z'],
  ],
  'timecmp.mdx': [
    ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")', 0],
    ['timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z")', -1],
    ['timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z")', 1],
    ['timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00-01:00")', 0],
  ],
  'title.mdx': [['title("hello world")', 'Hello World']],
  'tobool.mdx': [
    ['tobool(true)', true],
    ['tobool("true")', true],
    ['tobool(null)', null],
    ['tobool("no")', ERROR],
    ['tobool(1)', ERROR],
  ],
  'tolist.mdx': [
    ['tolist(["a", "b", "c"])', ['a', 'b', 'c']],
    ['tolist(["a", "b", 3])', ['a', 'b', '3']],
  ],
  'tomap.mdx': [
    ['tomap({"a" = 1, "b" = 2})', { a: 1, b: 2 }],
    ['tomap({"a" = "foo", "b" = true})', { a: 'foo', b: 'true' }],
  ],
  'tonumber.mdx': [
    ['tonumber(1)', 1],
    ['tonumber("1")', 1],
    ['tonumber(null)', null],
    ['tonumber("no")', ERROR],
  ],
  'toset.mdx': [
    ['toset(["a", "b", "c"])', unordered('a', 'b', 'c')],
    ['toset(["a", "b", 3])', unordered('a', 'b', '3')],
    ['toset(["c", "b", "b"])', unordered('b', 'c')],
  ],
  'tostring.mdx': [
    ['tostring("hello")', 'hello'],
    ['tostring(1)', '1'],
    ['tostring(true)', 'true'],
    ['tostring(null)', null],
    ['tostring([])', ERROR],
  ],
  'transpose.mdx': [
    ['transpose({"a" = ["1", "2"], "b" = ["2", "3"]})', { '1': ['a'], '2': ['a', 'b'], '3': ['b'] }],
  ],
  'trim.mdx': [
    ['trim("?!hello?!", "!?")', 'hello'],
    ['trim("foobar", "far")', 'oob'],
    ['trim("   hello! world.!  ", "! ")', 'hello! world.'],
  ],
  'trimprefix.mdx': [
    ['trimprefix("helloworld", "hello")', 'world'],
    ['trimprefix("helloworld", "cat")', 'helloworld'],
  ],
  'trimspace.mdx': [['trimspace("  hello\\n\\n")', 'hello']],
  'trimsuffix.mdx': [['trimsuffix("helloworld", "world")', 'hello']],
  'try.mdx': [
    ['try(local.foo.bar, "fallback")', 'baz'],
    ['try(local.foo.boop, "fallback")', 'fallback'],
    ['try(local.nonexist, "fallback")', ERROR],
  ],
  'type.mdx': [
    ['type(var.list)', 'tuple', { gap: 'type() exists only in terraform console', library: UNKNOWN }],
  ],
  'upper.mdx': [
    ['upper("hello")', 'HELLO'],
    ['upper("алло!")', 'АЛЛО!'],
  ],
  'urlencode.mdx': [
    ['urlencode("Hello World!")', 'Hello+World%21'],
    ['urlencode("☃")', '%E2%98%83'],
    [
      '"http://example.com/search?q=${urlencode("terraform urlencode")}"',
      'http://example.com/search?q=terraform+urlencode',
    ],
  ],
  'uuidv5.mdx': [
    ['uuidv5("dns", "www.terraform.io")', 'a5008fae-b28c-5ba5-96cd-82b4c53552d6'],
    ['uuidv5("url", "https://www.terraform.io/")', '9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5'],
    ['uuidv5("oid", "1.3.6.1.4")', 'af9d40a5-7a36-5c07-b23a-851cd99fbfa5'],
    ['uuidv5("x500", "CN=Example,C=GB")', '84e09961-4aa4-57f8-95b7-03edb1073253'],
    [
      'uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")',
      'a5008fae-b28c-5ba5-96cd-82b4c53552d6',
    ],
    [
      'uuidv5("743ac3c0-3bf7-4a5b-9e6c-59360447c757", "LIBS:diskfont.library")',
      'ede1a974-df7e-5f17-84b9-76208818b2c8',
    ],
  ],
  'values.mdx': [['values({a=3, c=2, d=1})', [3, 2, 1]]],
  'yamldecode.mdx': [
    ['yamldecode("hello: world")', { hello: 'world' }],
    ['yamldecode("true")', true],
    ['yamldecode("{a: &foo [1, 2, 3], b: *foo}")', { a: [1, 2, 3], b: [1, 2, 3] }],
    ['yamldecode("{a: &foo [1, *foo, 3]}")', ERROR],
    ['yamldecode("{a: !not-supported foo}")', ERROR],
  ],
  // The console prints the strings without their final newline.
  'yamlencode.mdx': [
    ['yamlencode({"a":"b", "c":"d"})', '"a": "b"\n"c": "d"\n'],
    ['yamlencode({"foo":[1, 2, 3], "bar": "baz"})', '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
    [
      'yamlencode({"foo":[1, {"a":"b","c":"d"}, 3], "bar": "baz"})',
      '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n',
    ],
  ],
  'zipmap.mdx': [['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }]],
};

/** Checks no page shows: functions whose pages have no example, exact orders, error cases, regressions. */
const NOT_FROM_DOCS: Record<string, Row[]> = {
  format: [
    ['format("%#v", "hello")', '"hello"'],
    ['format("%#v", true)', 'true'],
    ['format("%#v", 1)', '1'],
    ['format("%#v", {a = 1})', '{"a":1}'],
    ['format("%#v", [true])', '[true]'],
    ['format("%#v", null)', 'null'],
    ['format("%6.2f", 3.14159)', '  3.14'],
    ['format("%-8s|", "left")', 'left    |'],
    ['format("%05d", 42)', '00042'],
    ['format("%x", 255)', 'ff'],
    ['format("%s")', ERROR],
  ],
  // Spaces are added after a final newline too.
  indent: [['indent(2, "[\\n  foo,\\n  bar,\\n]\\n")', '[\n    foo,\n    bar,\n  ]\n  ']],
  join: [['join("-", ["foo", "bar", "baz"])', 'foo-bar-baz']],
  lower: [
    ['lower("АЛЛО!")', 'алло!'],
    ['lower("ΟΔΟΣ İ")', 'οδοσ i'], // regression (qa-14): Go lowers one character at a time
  ],
  upper: [['upper("straße")', 'STRAßE']], // regression (qa-14): ß has no one-character capital in Go
  title: [['title("ßa hello")', 'ßa Hello']], // regression (qa-14)
  // A length past the end is cut at the end.
  substr: [['substr("hello world", 6, 10)', 'world']],
  trimsuffix: [['trimsuffix("helloworld", "cat")', 'helloworld']],
  one: [['one(toset(["hello","hello"]))', 'hello']],
  can: [
    ['can(regex("^ami-", "ami-123"))', true],
    ['can(regex("^ami-", "foo"))', false],
  ],
  try: [['try(regex("^ami-", "foo"), "fallback")', 'fallback']],
  fileexists: [['fileexists("${path.module}/nothing.txt")', false]],
  // The order Terraform gives a set of strings (lexical), which the pages print unordered.
  toset: [['toset(["a", "b", 3])', ['3', 'a', 'b']]],
  setunion: [
    ['setunion(["a", "b"], ["b", "c"], ["d"])', ['a', 'b', 'c', 'd']],
    ['setunion(["a"], [1, true])', ['1', 'a', 'true']], // regression (qa-14)
  ],
  fileset: [
    ['fileset("${path.module}/files", "**")', ['hello.txt', 'subdirectory/anotherfile.txt', 'world.txt']],
  ],
  // An earlier form of timeadd.mdx.
  timeadd: [['timeadd("2017-11-22T00:00:00Z", "10m")', '2017-11-22T00:10:00Z']],
  templatestring: [
    ['templatestring(local.greeting, { name = "Jodie" })', 'Hello, Jodie!'],
    ['templatestring("Hello, $${name}!", { name = "Jodie" })', ERROR], // not a reference
  ],
  // Regressions of disagreements with the pages (qa-14): arguments of one type, set elements unified, quotes.
  coalesce: [
    ['coalesce(1, true)', ERROR],
    ['coalesce([], "hello")', ERROR],
    ['coalesce(null, "", "b")', 'b'],
  ],
  setintersection: [['setintersection([1, 2], ["1"])', ['1']]],
  setsubtract: [['setsubtract(["1", "a"], [1])', ['a']]],
  setproduct: [
    [
      'setproduct([true, "x"], ["y"])',
      [
        ['true', 'y'],
        ['x', 'y'],
      ],
    ],
  ],
  formatdate: [
    ['formatdate("\'it\'\'s\' h", "2018-01-02T23:12:01Z")', "it's 23"],
    ['formatdate("\'unterminated", "2018-01-02T23:12:01Z")', ERROR],
  ],
  ephemeralasnull: [['ephemeralasnull("plain")', UNKNOWN]],
  // Gzip output is not reproducible across implementations.
  base64gzip: [['base64gzip("Hello World")', UNKNOWN]],
  // Pages without an example: the file hashes of hello.txt ("Hello World") equal the string hashes of its content.
  filemd5: [['filemd5("${path.module}/hello.txt")', 'b10a8db164e0754105b7a99be72e3fe5']],
  filesha1: [['filesha1("${path.module}/hello.txt")', '0a4d55a8d778e5022fab701977c5d840bbc486d0']],
  filesha256: [
    [
      'filesha256("${path.module}/hello.txt")',
      'a591a6d40bf420404a011733cfb7b190d62c65bf0bcda32b57b277d9ad9f146e',
    ],
  ],
  filesha512: [
    [
      'filesha512("${path.module}/hello.txt")',
      '2c74fd17edafd80e8447b0d46741ee243b7eb74dd2149a0ab1b9246fb30382f27e853d8585719e0e67cbda0daa8f51671064615d645ae27acb15bfb1447f459b',
    ],
  ],
  filebase64sha256: [
    ['filebase64sha256("${path.module}/hello.txt")', 'pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4='],
  ],
  filebase64sha512: [
    [
      'filebase64sha512("${path.module}/hello.txt")',
      'LHT9F+2v2A6ER7DUZ0HuJDt+t03SFJoKsbkkb7MDgvJ+hT2FhXGeDmfL2g2qj1FnEGRhXWRa4nrLFb+xRH9Fmw==',
    ],
  ],
};

/** The configuration the pages' examples refer to (their locals and variables) and the files they read. */
const FILES = {
  'docs.tf': [
    'locals {',
    '  foo = { bar = "baz" }',
    '  is_bad_user = <<-EOS',
    '    user_id IS NULL',
    "    OR user_id == ''",
    '  EOS',
    '  where_without_chomp = "NOT (\\n  ${indent(2, local.is_bad_user)})\\n"',
    '  where_with_chomp    = "NOT (\\n  ${indent(2, chomp(local.is_bad_user))}\\n)\\n"',
    '  mixed_content = jsondecode(var.mixed_content_json)',
    '  expanded_names = {',
    '    for name, count in var.name_counts : name => [',
    '      for i in range(count) : format("%s%02d", name, i)',
    '    ]',
    '  }',
    '  greeting = "Hello, $${name}!"',
    '}',
    'variable "name" {',
    '  default = "Valentina"',
    '}',
    'variable "example" {',
    '  type      = string',
    '  default   = "test"',
    '  ephemeral = true',
    '}',
    'variable "mixed_content_json" {',
    '  type      = string',
    '  sensitive = true',
    '  default   = "{\\n  \\"username\\": \\"zqb\\",\\n  \\"password\\": \\"p4ssw0rd\\"\\n}\\n"',
    '}',
    'variable "sensitive_var" {',
    '  default   = "secret"',
    '  sensitive = true',
    '}',
    'variable "name_counts" {',
    '  type    = map(number)',
    '  default = { foo = 2, bar = 4 }',
    '}',
    'variable "list" {',
    '  default = []',
    '}',
    '',
  ].join('\n'),
  'hello.txt': 'Hello World',
  'files/hello.txt': 'hello',
  'files/world.txt': 'world',
  'files/subdirectory/anotherfile.txt': 'another',
  'backends.tftpl': '%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n',
  'config.tftpl':
    '%{ for config_key, config_value in config ~}\nset ${config_key} = ${config_value}\n%{ endfor ~}',
};

function expectResult(expression: string, expected: unknown): void {
  const value = plainValue(expression, FILES);
  if (expected === ERROR) expect(value).toHaveProperty('unknown');
  else if (expected instanceof Unordered) {
    expect(value).toHaveLength(expected.elements.length);
    expect(value).toEqual(expect.arrayContaining(expected.elements));
  } else expect(value).toEqual(expected);
}

describe("Terraform's documented function examples", () => {
  for (const [page, rows] of Object.entries(DOCUMENTED)) {
    it.each(rows)(`${page}: %s`, (expression, documented, gap) => {
      expectResult(expression, gap ? gap.library : documented);
    });
  }
});

describe('function checks not from the docs', () => {
  for (const [name, rows] of Object.entries(NOT_FROM_DOCS)) {
    it.each(rows)(`${name}: %s`, (expression, expected) => expectResult(expression, expected));
  }
});

// Encoding functions: JSON, YAML, CSV, base64, URL and text encodings, as Terraform's Go implementations write them.
import { parseDocument, stringify } from 'yaml';
import { fromPlain, unknown, type Value } from '../values.ts';
import { def, fail, list, needKnown, needString, str, UnknownArgument, type FunctionDef } from './args.ts';

/** A known value as plain JSON data; unknown parts make the caller's result unknown. */
function plainData(v: Value): unknown {
  needKnown(v);
  switch (v.t) {
    case 'list':
      return v.items.map(plainData);
    case 'object':
      return Object.fromEntries(
        [...v.attrs.keys()].sort().map((k) => [k, plainData(v.attrs.get(k) as Value)]),
      );
    case 'null':
      return null;
    case 'ref':
      throw new UnknownArgument(
        unknown(
          v.address,
          `${v.address}${v.attr.map((a) => `.${a}`).join('')} is known only after apply`,
        ) as Value & {
          t: 'unknown';
        },
      );
    case 'unknown':
      return needKnown(v);
    default:
      return v.v;
  }
}

/** Go's json.Marshal as Terraform's jsonencode uses it: sorted keys, and <, >, &, U+2028, U+2029 escaped. */
export function jsonText(v: Value): string {
  return JSON.stringify(plainData(v)).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function decodedUtf8(bytes: Buffer, fn: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(fn, 'the result of decoding the provided string is not valid UTF-8');
  }
}

/** Go's base64.StdEncoding: padded, no whitespace, nothing else. */
function base64Bytes(text: string, fn: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0)
    fail(fn, 'failed to decode base64 data: illegal base64 data');
  return Buffer.from(text, 'base64');
}

/** RFC 4180 records as Go's encoding/csv reads them (quoted fields may hold commas, quotes and newlines). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && !',\r\n'.includes(text[i]))
          fail('csvdecode', `extraneous or missing " in quoted-field`);
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === '"') fail('csvdecode', `bare " in non-quoted-field`);
    else if (c === ',') {
      endField();
      i++;
    } else if (c === '\n' || c === '\r') {
      endField();
      if (!(record.length === 1 && record[0] === '')) records.push(record);
      record = [];
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) fail('csvdecode', 'extraneous or missing " in quoted-field');
  if (field !== '' || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

function csvdecode(text: string): Value {
  const [header, ...rows] = csvRecords(text);
  if (!header) fail('csvdecode', 'missing header line');
  return list(
    rows.map((row, i) => {
      if (row.length !== header.length) fail('csvdecode', `record on line ${i + 2}: wrong number of fields`);
      return { t: 'object', attrs: new Map(header.map((h, j) => [h, str(row[j])])) } as Value;
    }),
  );
}

/** Go's url.QueryEscape. */
function queryEscape(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Encodings Terraform's textencodebase64 names, with Node's spelling; others stay unknown. */
function encodeText(text: string, encoding: string): Buffer {
  const name = encoding.toLowerCase().replace(/[^a-z0-9]/g, '');
  switch (name) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'iso88591':
    case 'latin1':
    case 'usascii':
    case 'ascii':
      if ([...text].some((c) => (c.codePointAt(0) ?? 0) > (name.includes('ascii') ? 0x7f : 0xff)))
        fail(
          'textencodebase64',
          `the given string contains characters that cannot be represented in ${encoding}`,
        );
      return Buffer.from(text, 'latin1');
    default:
      throw new UnknownArgument(
        unknown(
          `textencodebase64(..., "${encoding}")`,
          `encoding ${encoding} is not supported here`,
        ) as Value & {
          t: 'unknown';
        },
      );
  }
}

function yamlDecode(text: string): Value {
  const doc = parseDocument(text, { version: '1.2', uniqueKeys: true });
  // Warnings include tags Terraform does not support (`!not-supported`): an error there too.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) fail('yamldecode', problem.message);
  return fromPlain(doc.toJS({ maxAliasCount: 10_000 }));
}

export const ENCODING_FUNCTIONS: Record<string, FunctionDef> = {
  base64decode: def(1, 1, ([s]) =>
    str(decodedUtf8(base64Bytes(needString(s, 'base64decode'), 'base64decode'), 'base64decode')),
  ),
  base64encode: def(1, 1, ([s]) =>
    str(Buffer.from(needString(s, 'base64encode'), 'utf8').toString('base64')),
  ),
  // Terraform gzips with Go's compressor, whose bytes zlib does not reproduce: the value would differ.
  base64gzip: def(1, 1, ([s]) => {
    needString(s, 'base64gzip');
    return unknown('base64gzip(...)', "base64gzip's compressed bytes are Go's and are not reproduced here");
  }),
  csvdecode: def(1, 1, ([s]) => csvdecode(needString(s, 'csvdecode'))),
  jsondecode: def(1, 1, ([s], ctx) => {
    const text = needString(s, 'jsondecode');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      fail('jsondecode', (error as Error).message);
    }
    return fromPlain(data, s.src ?? ctx.src);
  }),
  jsonencode: def(1, 1, ([v], ctx) => str(jsonText(v), ctx.src)),
  textdecodebase64: def(2, 2, ([s, encoding]) => {
    const bytes = base64Bytes(needString(s, 'textdecodebase64'), 'textdecodebase64');
    const name = needString(encoding, 'textdecodebase64');
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(name, { fatal: true });
    } catch {
      return fail(
        'textdecodebase64',
        `${JSON.stringify(name)} is not a supported IANA encoding name or alias`,
      );
    }
    try {
      return str(decoder.decode(bytes));
    } catch {
      return fail('textdecodebase64', `the given value is not valid ${name}`);
    }
  }),
  textencodebase64: def(2, 2, ([s, encoding]) =>
    str(
      encodeText(needString(s, 'textencodebase64'), needString(encoding, 'textencodebase64')).toString(
        'base64',
      ),
    ),
  ),
  urlencode: def(1, 1, ([s]) => str(queryEscape(needString(s, 'urlencode')))),
  yamldecode: def(1, 1, ([s]) => yamlDecode(needString(s, 'yamldecode'))),
  yamlencode: def(1, 1, ([v]) =>
    str(
      stringify(plainData(v), {
        defaultStringType: 'QUOTE_DOUBLE',
        defaultKeyType: 'QUOTE_DOUBLE',
        indentSeq: false,
        lineWidth: 0,
      }),
    ),
  ),
};

// Hash and crypto functions that depend only on their arguments. bcrypt (a random salt), uuid, timestamp and
// plantimestamp do not, and stay unknown (see index.ts); rsadecrypt needs PKCS #1 v1.5 decryption, which current
// Node refuses (CVE-2023-46809), so it stays unknown too.
import { createHash } from 'node:crypto';
import { unknown } from '../values.ts';
import { def, fail, needString, str, type FunctionDef } from './args.ts';

const UUID_NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

export function digest(algorithm: string, data: Buffer | string, encoding: 'hex' | 'base64'): string {
  return createHash(algorithm).update(data).digest(encoding);
}

/** RFC 4122 version 5: SHA-1 of the namespace's bytes and the name, with the version and variant bits set. */
function uuidv5(namespace: string, name: string): string {
  const id = UUID_NAMESPACES[namespace] ?? namespace;
  if (!/^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i.test(id))
    fail('uuidv5', `uuidv5() doesn't support namespace ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(id.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const hashOf = (algorithm: string, encoding: 'hex' | 'base64', fn: string): FunctionDef =>
  def(1, 1, ([s]) => str(digest(algorithm, Buffer.from(needString(s, fn), 'utf8'), encoding)));

export const HASH_FUNCTIONS: Record<string, FunctionDef> = {
  base64sha256: hashOf('sha256', 'base64', 'base64sha256'),
  base64sha512: hashOf('sha512', 'base64', 'base64sha512'),
  md5: hashOf('md5', 'hex', 'md5'),
  sha1: hashOf('sha1', 'hex', 'sha1'),
  sha256: hashOf('sha256', 'hex', 'sha256'),
  sha512: hashOf('sha512', 'hex', 'sha512'),
  uuidv5: def(2, 2, ([ns, name]) => str(uuidv5(needString(ns, 'uuidv5'), needString(name, 'uuidv5')))),
  rsadecrypt: def(2, 2, () =>
    unknown('rsadecrypt(...)', 'rsadecrypt (PKCS #1 v1.5) is not available in Node'),
  ),
};

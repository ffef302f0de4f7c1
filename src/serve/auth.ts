// Optional API keys (--api-key-file): one key per line, or its SHA-256 as "sha256:<64 hex>" so the
// file need not hold the keys themselves; blank lines and # comments are ignored. Only digests are
// kept in memory, and a presented key's digest is compared with each of them in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';

const MIN_KEY_LENGTH = 16;

const digest = (key: string) => createHash('sha256').update(key, 'utf8').digest();

export class KeyFileError extends Error {
  constructor(
    readonly messageId: 'keyFileEmpty' | 'keyFileShort',
    readonly line = 0,
  ) {
    super(messageId);
  }
}

export function readKeyFile(file: string): Buffer[] {
  const digests: Buffer[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const hashed = /^sha256:([0-9a-f]{64})$/i.exec(line);
      if (hashed) digests.push(Buffer.from(hashed[1], 'hex'));
      else if (line.length < MIN_KEY_LENGTH) throw new KeyFileError('keyFileShort', i + 1);
      else digests.push(digest(line));
    });
  if (!digests.length) throw new KeyFileError('keyFileEmpty');
  return digests;
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
export function presentedKey(headers: IncomingHttpHeaders): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1];
  const key = headers['x-api-key'];
  return typeof key === 'string' && key ? key : undefined;
}

/** Whether the key is one of the digests; every digest is compared, whichever matches. */
export function keyMatches(key: string, digests: Buffer[]): boolean {
  const d = digest(key);
  let ok = false;
  for (const known of digests) ok = timingSafeEqual(d, known) || ok;
  return ok;
}

import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.ts';

/**
 * SECRET_KEY when set; otherwise, on the SQLite default, a key generated once and kept beside the
 * database file (mode 0600), so a fresh checkout needs no set-up. An in-memory database gets a
 * throw-away key: nothing outlives the process anyway.
 */
export function resolveSecretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  if (config.database.kind !== 'sqlite') throw new Error('SECRET_KEY is required with PostgreSQL');
  if (config.database.filename === ':memory:') return randomBytes(32).toString('base64url');
  const file = join(dirname(config.database.filename), 'secret.key');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
    return key;
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw err;
  }
}

import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../config.ts';
import type { Database } from './database.ts';
import { rowToRecord } from './ports.ts';
import { getSetting, putSetting } from './settings.ts';
import type { Secrets } from './secrets.ts';

export interface SecretKey {
  key: string;
  /** Where it came from, for messages: `SECRET_KEY` or the generated file's path. */
  source: string;
}

/**
 * SECRET_KEY when set; otherwise, on the SQLite default, a key generated once and kept beside the
 * database file (mode 0600), so a fresh checkout needs no set-up. An in-memory database gets a
 * throw-away key: nothing outlives the process anyway.
 */
export function resolveSecretKey(config: Config): SecretKey {
  if (config.secretKey) return { key: config.secretKey, source: 'SECRET_KEY' };
  if (config.database.kind !== 'sqlite') throw new Error('SECRET_KEY is required with PostgreSQL');
  if (config.database.filename === ':memory:') return { key: randomBytes(32).toString('base64url'), source: 'a throw-away key' };
  const file = join(dirname(config.database.filename), 'secret.key');
  try {
    return { key: readFileSync(file, 'utf8').trim(), source: file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, key + '\n', { mode: 0o600, flag: 'wx' });
    return { key, source: file };
  } catch (err) {
    // Another process created it first: use theirs.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return { key: readFileSync(file, 'utf8').trim(), source: file };
    throw err;
  }
}

const KEY_CHECK = 'secret_key_check';

/**
 * Whether `secrets` is the key this database was written with: a check value is kept in the database
 * from the first start on (for a database older than the check, one sealed PIN is tried instead).
 */
export async function secretKeyMatches(database: Database, secrets: Secrets): Promise<boolean> {
  const stored = await getSetting(database.db, KEY_CHECK);
  if (stored !== undefined) return stored === secrets.keyCheck;
  const sample = await database.db.selectFrom('ports').selectAll().where('account_pin_enc', 'is not', null).limit(1).executeTakeFirst();
  if (sample) {
    const record = rowToRecord(sample);
    try {
      secrets.openPin(record.sealedPin!, record.port.id);
    } catch {
      return false;
    }
  }
  await putSetting(database.db, KEY_CHECK, secrets.keyCheck);
  return true;
}

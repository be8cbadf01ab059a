import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

type Db = Kysely<Schema> | Transaction<Schema>;

export async function getSetting(db: Db, name: string): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirst())?.value;
}

export async function putSetting(db: Db, name: string, value: string): Promise<void> {
  await db.insertInto('settings').values({ name, value }).onConflict((oc) => oc.column('name').doUpdateSet({ value })).execute();
}

/** Claims a one-time setting (e.g. the first-start bootstrap); true for exactly one caller. */
export async function claimSetting(db: Db, name: string, value: string): Promise<boolean> {
  const r = await db.insertInto('settings').values({ name, value }).onConflict((oc) => oc.column('name').doNothing()).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

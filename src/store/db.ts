import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema.ts';

/** What repository functions take: the database, or a transaction of the caller's. */
export type Db = Kysely<Schema> | Transaction<Schema>;

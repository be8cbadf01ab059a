import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../database.ts';

/**
 * Documents and comments (contract/orders-documents.md "Documents and the LOA", "Comments").
 *
 * A document's bytes are stored in the database, so every instance serves them and one backup holds
 * everything: in chunks (`document_chunks`), written and read one at a time, so that no process holds
 * a whole file.
 * Comments belong to a port or an order. A public desk comment asking for action flags its port or
 * order (`action_required`), and the flagged ones are few: partial indexes list them in list order.
 *
 * Numbered 0006 after 0007 and 0008 exist: the migrator runs migrations it has not run yet whatever
 * their place (src/store/migrate.ts), so a database at 0008 gets this one too.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  const text = dialect.textType();

  await db.schema
    .createTable('documents')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('order_id', text)
    .addColumn('port_id', text)
    .addColumn('type', text, (c) => c.notNull()) // loa | invoice | csr | other
    .addColumn('filename', text, (c) => c.notNull())
    .addColumn('content_type', text, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', text, (c) => c.notNull())
    .addColumn('origin', text, (c) => c.notNull()) // uploaded | signed (the generated LOA, signed here)
    .addColumn('signature', text) // JSON, a signed LOA's: signer, title, time, address, and what it covers
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX documents_by_order ON documents (order_id, created_at, id) WHERE order_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX documents_by_port ON documents (port_id, created_at, id) WHERE port_id IS NOT NULL`.execute(db);

  await db.schema
    .createTable('document_chunks')
    .addColumn('document_id', text, (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('bytes', dialect.blobType(), (c) => c.notNull())
    .addPrimaryKeyConstraint('document_chunks_pk', ['document_id', 'n'])
    .modifyEnd(dialect.clusteredByPrimaryKey())
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('account_id', text, (c) => c.notNull())
    .addColumn('port_id', text)
    .addColumn('order_id', text)
    .addColumn('body', text, (c) => c.notNull())
    .addColumn('author_kind', text, (c) => c.notNull()) // customer | desk
    .addColumn('author_name', text, (c) => c.notNull())
    .addColumn('visibility', text, (c) => c.notNull()) // public | internal
    .addColumn('action_required', 'integer', (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX comments_by_port ON comments (port_id, created_at, id) WHERE port_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX comments_by_order ON comments (order_id, created_at, id) WHERE order_id IS NOT NULL`.execute(db);

  for (const table of ['ports', 'port_orders']) {
    await db.schema.alterTable(table).addColumn('action_required', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await sql`CREATE INDEX ${sql.ref(`${table}_flagged`)} ON ${sql.table(table)} (created_at, id) WHERE action_required = 1`.execute(db);
    await sql`CREATE INDEX ${sql.ref(`${table}_flagged_by_account`)} ON ${sql.table(table)} (account_id, created_at, id) WHERE action_required = 1`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['port_orders', 'ports']) {
    await sql`DROP INDEX IF EXISTS ${sql.ref(`${table}_flagged_by_account`)}`.execute(db);
    await sql`DROP INDEX IF EXISTS ${sql.ref(`${table}_flagged`)}`.execute(db);
    await db.schema.alterTable(table).dropColumn('action_required').execute();
  }
  for (const t of ['comments', 'document_chunks', 'documents']) await db.schema.dropTable(t).ifExists().execute();
}

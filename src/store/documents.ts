/**
 * Documents: their rows and their bytes. The bytes are stored in chunks written as an upload streams
 * in (no process holds a whole file, and no transaction stays open while a client sends), read back
 * one chunk at a time; a document is `uploading` until its last chunk is written and checked, and only
 * `stored` documents are ever found. Abandoned uploads (a process that died mid-upload) are pruned.
 */
import { sql } from 'kysely';
import type { DocumentFacts, DocumentType, AcceptedContentType } from '../domain/documents.ts';
import type { LoaSignature } from '../domain/loa.ts';
import type { Db } from './db.ts';
import type { DocumentRow } from './schema.ts';

/** The bytes of a document are stored in chunks of this size (the last one shorter). */
export const CHUNK_BYTES = 256 * 1024;

export interface StoredDocument {
  id: string;
  account_id: string;
  order_id: string | null;
  port_id: string | null;
  type: DocumentType;
  filename: string;
  content_type: AcceptedContentType;
  size: number;
  sha256: string;
  origin: 'uploaded' | 'signed';
  /** A signed LOA: who signed, when, from where, and what it covers. */
  signature: (LoaSignature & { covers: string }) | null;
  created_at: string;
}

const rowToDocument = (r: DocumentRow): StoredDocument => ({
  id: r.id,
  account_id: r.account_id,
  order_id: r.order_id,
  port_id: r.port_id,
  type: r.type as DocumentType,
  filename: r.filename,
  content_type: r.content_type as AcceptedContentType,
  size: r.size,
  sha256: r.sha256,
  origin: r.origin as StoredDocument['origin'],
  signature: r.signature === null ? null : (JSON.parse(r.signature) as StoredDocument['signature']),
  created_at: r.created_at,
});

const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

/** Starts an upload: the row, `uploading`, before its bytes. */
export async function insertUpload(db: Db, d: { id: string; account_id: string; order_id: string | null; port_id: string | null; created_at: string }): Promise<void> {
  await db
    .insertInto('documents')
    .values({ ...d, type: 'other', filename: '', content_type: '', size: 0, sha256: '', state: 'uploading', origin: 'uploaded', signature: null })
    .execute();
}

export async function insertChunk(db: Db, documentId: string, n: number, bytes: Uint8Array): Promise<void> {
  await db.insertInto('document_chunks').values({ document_id: documentId, n, bytes }).execute();
}

/**
 * Completes an upload with what its bytes turned out to be, dated now on the service's calendar (while
 * uploading, `created_at` is the real time the upload started); false when it is no longer uploading.
 */
export async function completeUpload(
  db: Db,
  id: string,
  d: { type: DocumentType; filename: string; content_type: AcceptedContentType; size: number; sha256: string; created_at: string },
): Promise<boolean> {
  const r = await db.updateTable('documents').set({ ...d, state: 'stored' }).where('id', '=', id).where('state', '=', 'uploading').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A whole document written at once (the signed LOA, generated here). */
export async function insertDocument(db: Db, d: Omit<StoredDocument, 'signature'> & { signature: StoredDocument['signature'] }, bytes: Uint8Array): Promise<void> {
  await db
    .insertInto('documents')
    .values({ ...d, state: 'stored', signature: d.signature === null ? null : JSON.stringify(d.signature) })
    .execute();
  for (let n = 0; n * CHUNK_BYTES < bytes.length; n++) await insertChunk(db, d.id, n, bytes.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES));
}

/** Removes a document (stored or not) and its bytes. */
export async function deleteDocumentRows(db: Db, id: string): Promise<boolean> {
  await db.deleteFrom('document_chunks').where('document_id', '=', id).execute();
  const r = await db.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** A stored document, scoped to `accountId` when given (another account's is not found). */
export async function findDocument(db: Db, id: string, accountId?: string): Promise<StoredDocument | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  let q = db.selectFrom('documents').selectAll().where('id', '=', id).where('state', '=', 'stored');
  if (accountId !== undefined) q = q.where('account_id', '=', accountId);
  const row = await q.executeTakeFirst();
  return row && rowToDocument(row);
}

/** The stored documents of an order or a port, oldest first. */
export async function listDocuments(db: Db, of: { orderId: string } | { portId: string }): Promise<StoredDocument[]> {
  let q = db.selectFrom('documents').selectAll().where('state', '=', 'stored');
  q = 'orderId' in of ? q.where('order_id', '=', of.orderId) : q.where('port_id', '=', of.portId);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(rowToDocument);
}

/** What an order's documents say about its requirements (see domain/documents.ts). */
export async function documentFactsOf(db: Db, orderId: string): Promise<DocumentFacts[]> {
  return (await listDocuments(db, { orderId })).map((d) => ({ type: d.type, origin: d.origin, covers: d.signature?.covers ?? null }));
}

/** The bytes of a document, one chunk at a time, in order. */
export async function* readDocumentBytes(db: Db, id: string): AsyncGenerator<Uint8Array> {
  for (let n = 0; ; n++) {
    const row = await db.selectFrom('document_chunks').select('bytes').where('document_id', '=', id).where('n', '=', n).executeTakeFirst();
    if (!row) return;
    yield row.bytes instanceof Uint8Array ? row.bytes : new Uint8Array(row.bytes as ArrayBuffer);
  }
}

/** Uploads started before `before` and never completed (their process died): their ids. */
export async function abandonedUploads(db: Db, before: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('documents').select('id').where('state', '=', sql.lit('uploading')).where('created_at', '<', before).orderBy('created_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

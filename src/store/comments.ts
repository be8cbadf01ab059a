/**
 * Comments on ports and orders, and the `action_required` flag they raise and clear. Written by the
 * lifecycle writer (with the comment's event, when a customer may see it) in one transaction.
 */
import { sql } from 'kysely';
import type { AuthorKind, CommentView, CommentVisibility } from '../domain/comments.ts';
import type { Db } from './db.ts';
import type { CommentRow } from './schema.ts';

export interface NewComment extends CommentView {
  account_id: string;
  port_id: string | null;
  order_id: string | null;
}

export const rowToComment = (r: CommentRow): CommentView => ({
  id: r.id,
  body: r.body,
  author: { kind: r.author_kind as AuthorKind, name: r.author_name },
  visibility: r.visibility as CommentVisibility,
  action_required: r.action_required === 1,
  created_at: r.created_at,
});

export async function insertComment(db: Db, c: NewComment): Promise<void> {
  await db
    .insertInto('comments')
    .values({
      id: c.id,
      account_id: c.account_id,
      port_id: c.port_id,
      order_id: c.order_id,
      body: c.body,
      author_kind: c.author.kind,
      author_name: c.author.name,
      visibility: c.visibility,
      action_required: c.action_required ? 1 : 0,
      created_at: c.created_at,
    })
    .execute();
}

/** The comments of a port or an order, oldest first; the public ones only unless `internalToo`. */
export async function listComments(db: Db, of: { portId: string } | { orderId: string }, internalToo: boolean): Promise<CommentView[]> {
  let q = db.selectFrom('comments').selectAll();
  q = 'portId' in of ? q.where('port_id', '=', of.portId) : q.where('order_id', '=', of.orderId);
  if (!internalToo) q = q.where('visibility', '=', 'public');
  return (await q.orderBy('created_at').orderBy('id').execute()).map(rowToComment);
}

/**
 * Raises or clears the flag of a port or an order. A flag is no lifecycle change: the row's version
 * stays, so a worker or a customer in the middle of a change is not sent back to read again.
 */
export async function setFlag(db: Db, of: { portId: string } | { orderId: string }, flagged: boolean): Promise<void> {
  const value = flagged ? sql.lit(1) : sql.lit(0);
  if ('portId' in of) await db.updateTable('ports').set({ action_required: value }).where('id', '=', of.portId).execute();
  else await db.updateTable('port_orders').set({ action_required: value }).where('id', '=', of.orderId).execute();
}

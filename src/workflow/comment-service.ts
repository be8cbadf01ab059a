/**
 * Comments between a customer and the porting desk on ports and orders (contract/orders-documents.md
 * "Comments"). A customer comments publicly on its own ports and orders and reads their public
 * comments; the desk comments on any, publicly or internally, may ask the customer to act, and reads
 * them all. Allowed in every status. Written by the lifecycle writer with the comment's event.
 */
import type { CommentView, CommentVisibility } from '../domain/comments.ts';
import { notFound } from '../domain/errors.ts';
import { invalidField } from '../domain/validation.ts';
import type { Database } from '../store/database.ts';
import { listComments } from '../store/comments.ts';
import { findOrder } from '../store/orders.ts';
import { findPort } from '../store/ports.ts';
import type { Clock } from './clock.ts';
import { newOrderedId } from './ids.ts';
import type { Lifecycle } from './lifecycle.ts';
import type { Principal } from './principal.ts';

/** What a comment is on. */
export type CommentTarget = { kind: 'port'; id: string } | { kind: 'order'; id: string };

export interface DeskCommentInput {
  body: string;
  visibility?: CommentVisibility | undefined;
  action_required?: boolean | undefined;
}

export class CommentService {
  constructor(private readonly deps: { database: Database; clock: Clock; lifecycle: Lifecycle }) {}

  /** The port's or order's account, scoped to `accountId` when given (another account's: not found). */
  private async accountOf(target: CommentTarget, accountId?: string): Promise<string> {
    const { db } = this.deps.database;
    if (target.kind === 'port') {
      const record = await findPort(db, target.id, accountId);
      if (!record) throw notFound();
      return record.port.account_id;
    }
    const record = await findOrder(db, target.id, accountId);
    if (!record) throw notFound('Order');
    return record.order.account_id;
  }

  private async write(target: CommentTarget, accountId: string, c: Omit<CommentView, 'id' | 'created_at'>): Promise<CommentView> {
    const comment: CommentView = { id: newOrderedId('cmt_'), ...c, created_at: this.deps.clock.now().toISOString() };
    await this.deps.lifecycle.addComment({
      ...comment,
      account_id: accountId,
      port_id: target.kind === 'port' ? target.id : null,
      order_id: target.kind === 'order' ? target.id : null,
    });
    return comment;
  }

  /** A customer's comment: public; it answers (clears) the desk's request for action. */
  async add(principal: Principal, target: CommentTarget, body: string): Promise<CommentView> {
    const accountId = await this.accountOf(target, principal.accountId);
    return this.write(target, accountId, { body, author: { kind: 'customer', name: principal.accountName }, visibility: 'public', action_required: false });
  }

  /** The comments a customer may see (public ones), oldest first. */
  async list(principal: Principal, target: CommentTarget): Promise<CommentView[]> {
    await this.accountOf(target, principal.accountId);
    return listComments(this.deps.database.db, target.kind === 'port' ? { portId: target.id } : { orderId: target.id }, false);
  }

  /** The desk's comment on any account's port or order: public (default) or internal; a public one may ask for action. */
  async deskAdd(principal: Principal, target: CommentTarget, input: DeskCommentInput): Promise<CommentView> {
    const visibility = input.visibility ?? 'public';
    const actionRequired = input.action_required ?? false;
    if (visibility === 'internal' && actionRequired) throw invalidField('action_required', 'only a public comment can ask the customer to act (an internal one is never shown to them)');
    const accountId = await this.accountOf(target);
    return this.write(target, accountId, { body: input.body, author: { kind: 'desk', name: principal.accountName }, visibility, action_required: actionRequired });
  }

  /** Every comment, internal ones too, oldest first (the desk). */
  async deskList(target: CommentTarget): Promise<CommentView[]> {
    await this.accountOf(target);
    return listComments(this.deps.database.db, target.kind === 'port' ? { portId: target.id } : { orderId: target.id }, true);
  }
}

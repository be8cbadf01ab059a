/**
 * Comments between a customer and the porting desk on a port or an order (contract/orders-documents.md
 * "Comments"). The customer writes public comments; the desk writes public or internal ones, and a
 * public one may ask the customer to act, which flags the port or order until the customer comments
 * or corrects it. Internal comments never reach a customer: not in their endpoints, events or webhooks.
 */
export const COMMENT_VISIBILITIES = ['public', 'internal'] as const;
export type CommentVisibility = (typeof COMMENT_VISIBILITIES)[number];
export type AuthorKind = 'customer' | 'desk';

export const MAX_COMMENT_LENGTH = 5000;

/** A comment as shown (to the customer: public ones only). */
export interface CommentView {
  id: string;
  body: string;
  author: { kind: AuthorKind; name: string };
  visibility: CommentVisibility;
  action_required: boolean;
  created_at: string;
}

/** What a new comment does to the flag of its port or order: raise it, clear it, or leave it. */
export function flagAfterComment(c: { author: AuthorKind; visibility: CommentVisibility; action_required: boolean }): 'raise' | 'clear' | 'keep' {
  if (c.author === 'customer') return 'clear';
  return c.visibility === 'public' && c.action_required ? 'raise' : 'keep';
}

/** Whether a customer may ever see the comment (in an endpoint, an event or a webhook). */
export const customerMaySee = (c: { visibility: CommentVisibility }): boolean => c.visibility === 'public';

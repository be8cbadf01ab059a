/**
 * Comments: the conversation between the customer and the porting desk, oldest first, and the form to
 * add one. The desk's form also writes internal notes (never shown to the customer: the customer's
 * pages read the customer routes, which never return them) and asks the customer to act.
 */
import { useState } from 'preact/hooks';
import { ApiError, type Schemas } from '../api/client';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { Card, Notice, Spinner } from './ui';

export type Comment = Schemas['Comment'];
export interface NewComment {
  body: string;
  visibility?: 'public' | 'internal';
  action_required?: boolean;
}

export function CommentList(props: { comments: Comment[]; viewer: 'customer' | 'desk' }) {
  if (props.comments.length === 0) return <p class="muted small">No comments yet.</p>;
  return (
    <ol class="comments">
      {props.comments.map((c) => {
        const internal = c.visibility === 'internal';
        const who = c.author.kind === 'desk' ? (props.viewer === 'desk' ? `Porting desk (${c.author.name})` : 'Porting desk') : props.viewer === 'desk' ? `Customer (${c.author.name})` : 'You';
        return (
          <li key={c.id} class={`comment ${c.author.kind === 'desk' ? 'from-desk' : 'from-customer'} ${internal ? 'internal' : ''} ${c.action_required ? 'asks' : ''}`}>
            <div class="comment-head">
              <strong>{who}</strong>
              {internal && <span class="tag tag-internal">Internal note · not shown to the customer</span>}
              {c.action_required && <span class="tag tag-action">Action required</span>}
              <time class="muted small" dateTime={c.created_at} title={formatDateTime(c.created_at, true)}>
                {formatDateTime(c.created_at)}
              </time>
            </div>
            <p class="comment-body">{c.body}</p>
          </li>
        );
      })}
    </ol>
  );
}

/** The form under the list: a body, and for the desk its visibility and whether the customer must act. */
export function CommentForm(props: { viewer: 'customer' | 'desk'; onAdd: (c: NewComment) => Promise<void>; id: string }) {
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'internal'>('public');
  const [asks, setAsks] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const desk = props.viewer === 'desk';
  const fieldId = `f-comment-${props.id}`;
  const bodyError = error?.fieldErrors()['body'];
  return (
    <form
      class="comment-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        try {
          await props.onAdd(desk ? { body, visibility, action_required: visibility === 'public' && asks } : { body });
          setBody('');
          setAsks(false);
        } catch (err) {
          setError(err as ApiError);
        } finally {
          setBusy(false);
        }
      }}
    >
      <div class={`field ${bodyError ? 'has-error' : ''}`}>
        <label for={fieldId}>{desk ? (visibility === 'internal' ? 'Internal note' : 'Comment to the customer') : 'Comment to the porting desk'}</label>
        <textarea id={fieldId} class="prose" rows={3} maxLength={5000} value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} aria-invalid={bodyError ? true : undefined} />
        {bodyError && <div class="field-error">{bodyError}</div>}
      </div>
      {desk && (
        <div class="comment-options">
          <fieldset class="inline">
            <legend class="visually-hidden">Visibility</legend>
            <label class="check">
              <input type="radio" name={`visibility-${props.id}`} value="public" checked={visibility === 'public'} onChange={() => setVisibility('public')} />
              Public (the customer sees it)
            </label>
            <label class="check">
              <input type="radio" name={`visibility-${props.id}`} value="internal" checked={visibility === 'internal'} onChange={() => setVisibility('internal')} />
              Internal note (desk only)
            </label>
          </fieldset>
          <label class="check">
            <input type="checkbox" checked={asks && visibility === 'public'} disabled={visibility === 'internal'} onChange={(e) => setAsks((e.target as HTMLInputElement).checked)} />
            The customer must act (flags it until they answer)
          </label>
        </div>
      )}
      {error && !bodyError && <Notice kind="error">{error.message}</Notice>}
      <div class="form-actions">
        <button type="submit" class="button secondary" disabled={busy}>
          {busy ? 'Sending…' : desk && visibility === 'internal' ? 'Add internal note' : 'Add comment'}
        </button>
      </div>
    </form>
  );
}

/** The banner a customer sees while the desk waits for them. */
export function ActionRequiredNotice(props: { noun: 'port' | 'order' }) {
  return (
    <Notice kind="warning" title="The porting desk needs something from you">
      Read their comment below and answer it, or correct the {props.noun}: the flag clears when you do.
    </Notice>
  );
}

/** How often the conversation is read again (a desk's comment appears without a reload). */
export const COMMENTS_POLL_MS = 2000;

/** A card with the conversation and its form; `load`/`add` are the customer's or the desk's routes. */
export function CommentsCard(props: { viewer: 'customer' | 'desk'; ownerId: string; load: () => Promise<Comment[]>; add: (c: NewComment) => Promise<unknown>; onAdded?: () => void }) {
  const list = useLoad(props.load, [props.ownerId, props.viewer], COMMENTS_POLL_MS);
  return (
    <Card title={props.viewer === 'desk' ? 'Comments and internal notes' : 'Comments'} id="comments">
      {list.error && !list.data ? <Notice kind="error">{list.error.message}</Notice> : list.data ? <CommentList comments={list.data} viewer={props.viewer} /> : <Spinner />}
      <CommentForm
        viewer={props.viewer}
        id={props.ownerId}
        onAdd={async (c) => {
          await props.add(c);
          await list.reload();
          props.onAdded?.();
        }}
      />
    </Card>
  );
}

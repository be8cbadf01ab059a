/** The console's building blocks: status badges, fields with their errors, cards, empty states. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { STATUS_LABEL } from '../format';
import { Link } from '../router';

export function StatusBadge(props: { status: string | null; label?: string }) {
  const status = props.status ?? 'draft';
  return (
    <span class={`badge badge-${status}`}>
      <span class="dot" aria-hidden="true" />
      {props.label ?? STATUS_LABEL[status] ?? status}
    </span>
  );
}

export function PageHeader(props: { title: ComponentChildren; subtitle?: ComponentChildren; actions?: ComponentChildren; back?: { href: string; label: string } }) {
  return (
    <header class="page-header">
      {props.back && (
        <Link href={props.back.href} class="back">
          ← {props.back.label}
        </Link>
      )}
      <div class="page-header-row">
        <div>
          <h1>{props.title}</h1>
          {props.subtitle && <p class="subtitle">{props.subtitle}</p>}
        </div>
        {props.actions && <div class="actions">{props.actions}</div>}
      </div>
    </header>
  );
}

export function Card(props: { title?: ComponentChildren; actions?: ComponentChildren; children: ComponentChildren; class?: string; id?: string }) {
  return (
    <section class={`card ${props.class ?? ''}`} id={props.id} aria-labelledby={props.id && props.title ? `${props.id}-title` : undefined}>
      {(props.title || props.actions) && (
        <div class="card-head">
          {props.title && <h2 id={props.id ? `${props.id}-title` : undefined}>{props.title}</h2>}
          {props.actions && <div class="actions">{props.actions}</div>}
        </div>
      )}
      {props.children}
    </section>
  );
}

export function Empty(props: { title: string; children?: ComponentChildren; action?: ComponentChildren }) {
  return (
    <div class="empty">
      <p class="empty-title">{props.title}</p>
      {props.children && <p class="muted">{props.children}</p>}
      {props.action && <div class="empty-action">{props.action}</div>}
    </div>
  );
}

export function Notice(props: { kind: 'error' | 'info' | 'success' | 'warning'; title?: string; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.title && <strong>{props.title}</strong>}
      <div>{props.children}</div>
    </div>
  );
}

/** The input attributes the console's fields use. */
interface InputProps {
  type?: 'text' | 'password' | 'tel' | 'url' | 'date' | 'email';
  placeholder?: string;
  autoComplete?: string;
  inputMode?: 'tel' | 'text' | 'numeric';
  required?: boolean;
}

/** A labelled input with its hint and the API's error for it, tied together for screen readers. */
export function Field(
  props: InputProps & {
    label: string;
    name: string;
    value: string;
    onValue: (v: string) => void;
    error?: string | undefined;
    hint?: ComponentChildren;
    optional?: boolean;
  },
) {
  const { label, name, value, onValue, error, hint, optional, ...rest } = props;
  const id = `f-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${error ? 'has-error' : ''}`}>
      <label for={id}>
        {label}
        {optional && <span class="optional"> (optional)</span>}
      </label>
      <input id={id} name={name} value={value} onInput={(e) => onValue((e.target as HTMLInputElement).value)} aria-invalid={error ? true : undefined} aria-describedby={described} {...(rest as Omit<InputProps, 'type'>)} type={(rest.type ?? 'text') as 'text'} />
      {hint && (
        <div class="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div class="field-error" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

export function Select(props: { label: string; name: string; value: string; onValue: (v: string) => void; options: { value: string; label: string }[]; error?: string | undefined; hint?: ComponentChildren; optional?: boolean }) {
  const id = `f-${props.name}`;
  return (
    <div class={`field ${props.error ? 'has-error' : ''}`}>
      <label for={id}>
        {props.label}
        {props.optional && <span class="optional"> (optional)</span>}
      </label>
      <select id={id} name={props.name} value={props.value} onChange={(e) => props.onValue((e.target as HTMLSelectElement).value)} aria-invalid={props.error ? true : undefined} aria-describedby={props.hint ? `${id}-hint` : undefined}>
        {props.options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <div class="hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      )}
      {props.error && <div class="field-error">{props.error}</div>}
    </div>
  );
}

/** Label/value pairs. */
export function Facts(props: { items: [ComponentChildren, ComponentChildren][] }) {
  return (
    <dl class="facts">
      {props.items.map(([k, v], i) => (
        <div key={i}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function CopyButton(props: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      class="button secondary small"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(props.text);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        } catch {
          setCopied(false);
        }
      }}
    >
      {copied ? 'Copied' : (props.label ?? 'Copy')}
    </button>
  );
}

/** Tabs that are links (each a URL), with counts. */
export function Tabs(props: { items: { href: string; label: string; count?: number | undefined; current: boolean; tone?: string }[]; label: string }) {
  return (
    <nav class="tabs" aria-label={props.label}>
      {props.items.map((t) => (
        <Link href={t.href} class={`tab ${t.current ? 'current' : ''} ${t.tone ?? ''}`} aria-current={t.current ? 'page' : undefined} key={t.href}>
          {t.label}
          {t.count !== undefined && <span class="count">{t.count.toLocaleString()}</span>}
        </Link>
      ))}
    </nav>
  );
}

export function Pager(props: { offset: number; limit: number; total: number; onPage: (offset: number) => void; noun: string }) {
  const { offset, limit, total } = props;
  if (total <= limit && offset === 0) return null;
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <div class="pager">
      <span class="muted">
        {from.toLocaleString()}–{to.toLocaleString()} of {total.toLocaleString()} {props.noun}
      </span>
      <div class="actions">
        <button type="button" class="button secondary small" disabled={offset === 0} onClick={() => props.onPage(Math.max(0, offset - limit))}>
          Previous
        </button>
        <button type="button" class="button secondary small" disabled={offset + limit >= total} onClick={() => props.onPage(offset + limit)}>
          Next
        </button>
      </div>
    </div>
  );
}

export function Spinner(props: { label?: string }) {
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {props.label ?? 'Loading…'}
    </div>
  );
}

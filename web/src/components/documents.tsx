/**
 * Documents: a list with download links (the API answers with `Content-Disposition: attachment`),
 * the upload form (multipart to the API), and an order's LOA: download the unsigned letter, sign it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, ApiError, unwrap, type Order, type Schemas } from '../api/client';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { Card, Field, Notice, Select, Spinner } from './ui';

export type Doc = Schemas['Document'];
type DocType = Doc['type'];

export const DOCUMENT_TYPE_LABEL: Record<DocType, string> = {
  loa: 'Letter of authorization',
  invoice: 'Bill (invoice)',
  csr: 'Customer service record',
  other: 'Other',
};

/** 182044 → "178 KB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Each document with its type, size, SHA-256 and a download link (`hrefOf`: the customer's or the
 * desk's route); with `onDeleted`, a delete button (where the API allows it: see DocumentItem).
 */
export function DocumentList(props: { docs: Doc[]; hrefOf: (id: string) => string; empty?: string; onDeleted?: (d: Doc) => void }) {
  if (props.docs.length === 0) return <p class="muted small">{props.empty ?? 'No documents yet.'}</p>;
  return (
    <ul class="doc-list">
      {props.docs.map((d) => (
        <DocumentItem key={d.id} doc={d} href={props.hrefOf(d.id)} onDeleted={props.onDeleted} />
      ))}
    </ul>
  );
}

/**
 * One document. Deleting asks first; the API keeps documents once an order (or a port submitted
 * alone) has moved on, and its refusal is shown under the document.
 */
function DocumentItem(props: { doc: Doc; href: string; onDeleted: ((d: Doc) => void) | undefined }) {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const d = props.doc;
  const onDeleted = props.onDeleted;
  return (
    <li class="doc">
      <div class="doc-head">
        <span class="doc-type">{DOCUMENT_TYPE_LABEL[d.type]}</span>
        <div class="actions">
          <a href={props.href} download={d.filename} class="button secondary small" aria-label={`Download ${d.filename}`}>
            Download
          </a>
          {onDeleted && (
            <button
              type="button"
              class="button danger-outline small"
              aria-label={`Delete ${d.filename}`}
              disabled={busy}
              onClick={async () => {
                if (!confirm(`Delete “${d.filename}” (${DOCUMENT_TYPE_LABEL[d.type].toLowerCase()})? This cannot be undone.`)) return;
                setBusy(true);
                setError(undefined);
                try {
                  await unwrap(api.DELETE('/v2/documents/{id}', { params: { path: { id: d.id } } }));
                  onDeleted(d);
                } catch (err) {
                  setError(err as ApiError);
                } finally {
                  setBusy(false);
                }
              }}
            >
              {busy ? 'Deleting…' : 'Delete'}
            </button>
          )}
        </div>
      </div>
      <p class="doc-name break">{d.filename}</p>
      <p class="muted small">
        {formatSize(d.size)} · {d.content_type.replace('application/', '').replace('image/', '').toUpperCase()} · {formatDateTime(d.created_at)}
      </p>
      <p class="muted small doc-hash" title={d.sha256}>
        SHA-256 <span class="mono break">{d.sha256}</span>
      </p>
      {error && (
        <div class="doc-error" role="alert">
          <Notice kind="error">{error.message}</Notice>
        </div>
      )}
    </li>
  );
}

/** Uploads a file as a document of an order or a port: PDF, PNG or JPEG, at most 10 MiB. */
export function UploadForm(props: { owner: { kind: 'order' | 'port'; id: string }; defaultType?: DocType; onUploaded: (d: Doc) => void }) {
  const [type, setType] = useState<DocType>(props.defaultType ?? 'invoice');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const fieldId = `f-file-${props.owner.kind}`;
  return (
    <form
      class="upload-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!file) {
          setError(new ApiError(400, 'validation_failed', 'Choose a file to upload', [{ field: 'file', message: 'Choose a file to upload' }]));
          return;
        }
        const form = new FormData();
        form.append('type', type);
        form.append('file', file, file.name);
        setBusy(true);
        setError(undefined);
        try {
          const path = { params: { path: { id: props.owner.id } }, body: form as never };
          const doc = await unwrap(props.owner.kind === 'order' ? api.POST('/v2/port_orders/{id}/documents', path) : api.POST('/v2/ports/{id}/documents', path));
          setFile(null);
          setInputKey((k) => k + 1);
          props.onUploaded(doc);
        } catch (err) {
          setError(err as ApiError);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Select label="Document type" name={`doc_type_${props.owner.kind}`} value={type} onValue={(v) => setType(v as DocType)} options={Object.entries(DOCUMENT_TYPE_LABEL).map(([value, label]) => ({ value, label }))} />
      <div class={`field ${error ? 'has-error' : ''}`}>
        <label for={fieldId}>File</label>
        <input
          key={inputKey}
          id={fieldId}
          type="file"
          name="file"
          accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
          aria-describedby={`${fieldId}-hint`}
          onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
        />
        <div class="hint" id={`${fieldId}-hint`}>
          PDF, PNG or JPEG, at most 10 MB.
        </div>
        {error && <div class="field-error">{error.message}</div>}
      </div>
      <button type="submit" class="button secondary" disabled={busy}>
        {busy ? 'Uploading…' : 'Upload'}
      </button>
    </form>
  );
}

const REQUIREMENT: Record<string, string> = { missing: 'Missing', signed: 'Signed', uploaded: 'Uploaded' };

/** What the order still needs before it can be submitted (the API's `requirements`). */
export function Requirements(props: { order: Order }) {
  const r = props.order.requirements;
  return (
    <ul class="requirements" aria-label="Required documents">
      <li class={r.loa === 'missing' ? 'missing' : 'met'}>
        <span>Letter of authorization (LOA)</span>
        <strong>{REQUIREMENT[r.loa]}</strong>
      </li>
      <li class={r.invoice === 'missing' ? 'missing' : 'met'}>
        <span>Copy of a recent bill</span>
        <strong>{REQUIREMENT[r.invoice]}</strong>
      </li>
    </ul>
  );
}

/** Why an order cannot be submitted yet, in words (null when it can). */
export function missingReason(order: Order): string | null {
  if (order.requirements_met) return null;
  const missing = [order.requirements.loa === 'missing' ? 'sign the LOA (or upload a signed one)' : null, order.requirements.invoice === 'missing' ? 'upload a copy of a recent bill' : null].filter(Boolean);
  return missing.length ? `Before submitting: ${missing.join(' and ')}.` : 'The documents the service asks for are not all there yet.';
}

/** Signs the order's LOA electronically: name, title, consent. */
export function SignLoaForm(props: { orderId: string; onSigned: (d: Doc) => void }) {
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const errors = error?.fieldErrors() ?? {};
  return (
    <form
      class="sign-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!consent) {
          setError(new ApiError(400, 'validation_failed', 'Tick the box to agree to sign electronically', [{ field: 'consent', message: 'Tick the box to agree to sign electronically' }]));
          return;
        }
        setBusy(true);
        setError(undefined);
        try {
          props.onSigned(await unwrap(api.POST('/v2/port_orders/{id}/loa/sign', { params: { path: { id: props.orderId } }, body: { signer_name: name.trim(), signer_title: title.trim(), consent: true } })));
        } catch (err) {
          setError(err as ApiError);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Field label="Signer’s name" name="signer_name" value={name} onValue={setName} autoComplete="name" error={errors['signer_name']} />
      <Field label="Signer’s title" name="signer_title" value={title} onValue={setTitle} autoComplete="organization-title" error={errors['signer_title']} hint="The account holder, or a person authorized to act for them." />
      <label class="check">
        <input type="checkbox" checked={consent} onChange={(e) => setConsent((e.target as HTMLInputElement).checked)} />I agree to sign this letter electronically
      </label>
      {errors['consent'] && <div class="field-error">{errors['consent']}</div>}
      {error && Object.keys(errors).length === 0 && <Notice kind="error">{error.message}</Notice>}
      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Signing…' : 'Sign the LOA'}
        </button>
      </div>
    </form>
  );
}

/** Where each viewer downloads a document. */
export const documentHref = (viewer: 'customer' | 'desk') => (id: string) => (viewer === 'desk' ? `/v2/admin/documents/${id}/content` : `/v2/documents/${id}/content`);

/**
 * A port's (or, for the desk, an order's) documents; the customer may upload more, and delete them
 * while `deletable` (the port's details may still change).
 */
export function DocumentsCard(props: { viewer: 'customer' | 'desk'; owner: { kind: 'order' | 'port'; id: string }; load: () => Promise<Doc[]>; deletable?: boolean; children?: ComponentChildren }) {
  const docs = useLoad(props.load, [props.owner.id, props.viewer], DOCUMENTS_POLL_MS);
  const onDeleted = props.viewer === 'customer' && props.deletable ? () => void docs.reload() : undefined;
  return (
    <Card title="Documents" id="documents">
      {props.children}
      {docs.error && !docs.data ? <Notice kind="error">{docs.error.message}</Notice> : docs.data ? <DocumentList docs={docs.data} hrefOf={documentHref(props.viewer)} {...(onDeleted ? { onDeleted } : {})} /> : <Spinner />}
      {props.viewer === 'customer' && (
        <details class="upload">
          <summary>Upload a document</summary>
          <UploadForm owner={props.owner} defaultType="other" onUploaded={() => void docs.reload()} />
        </details>
      )}
    </Card>
  );
}

const DOCUMENTS_POLL_MS = 5000;

/**
 * The customer's order documents: what is still required, the LOA (download the unsigned letter, sign
 * it), the documents with their SHA-256, and uploads while the order may still change.
 */
export function OrderDocumentsCard(props: { order: Order; onChange: () => void }) {
  const o = props.order;
  const docs = useLoad(() => unwrap(api.GET('/v2/port_orders/{id}/documents', { params: { path: { id: o.id } } })), [o.id], DOCUMENTS_POLL_MS);
  const editable = o.status === 'draft' || o.status === 'action_required';
  const changed = () => {
    void docs.reload();
    props.onChange();
  };
  return (
    <Card title="Documents & LOA" id="documents">
      <Requirements order={o} />
      <section class="loa" aria-labelledby="loa-title">
        <h3 id="loa-title">Letter of authorization</h3>
        <p class="muted small">Generated from the order’s details and numbers.{o.requirements.loa === 'missing' && editable ? ' Read it before signing.' : ''}</p>
        <a class="button secondary small" href={`/v2/port_orders/${o.id}/loa`} download>
          Download the LOA (PDF, unsigned)
        </a>
        {o.requirements.loa === 'signed' && <p class="ok small loa-state">Signed: the signed letter is listed below.</p>}
        {o.requirements.loa === 'uploaded' && <p class="ok small loa-state">A signed letter was uploaded: it is listed below.</p>}
        {o.requirements.loa === 'missing' && editable && <SignLoaForm orderId={o.id} onSigned={changed} />}
      </section>
      <h3 class="docs-title">Documents</h3>
      {docs.error && !docs.data ? <Notice kind="error">{docs.error.message}</Notice> : docs.data ? <DocumentList docs={docs.data} hrefOf={documentHref('customer')} {...(editable ? { onDeleted: changed } : {})} /> : <Spinner />}
      {editable && (
        <details class="upload" open={o.requirements.invoice === 'missing'}>
          <summary>Upload a bill or another document</summary>
          <UploadForm owner={{ kind: 'order', id: o.id }} onUploaded={changed} />
        </details>
      )}
    </Card>
  );
}

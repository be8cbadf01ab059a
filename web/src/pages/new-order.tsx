/**
 * New order: paste or upload numbers (one a line, or CSV), see each number's portability and the
 * split by losing carrier, then the account details once for all, and a draft is created.
 */
import { useState } from 'preact/hooks';
import { api, ApiError, unwrap, type Schemas } from '../api/client';
import { DetailsForm, emptyDetails, submission, type Details } from '../components/details-form';
import { FocPicker } from '../components/foc-picker';
import { checkPhone } from '../components/phone';
import { Card, Field, Notice, PageHeader } from '../components/ui';
import { formatNumber } from '../format';
import { useTitle } from '../hooks';
import { Link, navigate } from '../router';

type Check = Schemas['PortabilityResult'];

const REASON: Record<string, string> = {
  invalid_number: 'Not a valid phone number',
  not_e164: 'Not in E.164 form',
  region_not_supported: 'Region not supported',
  number_type_not_portable: 'This kind of number cannot be ported',
  port_exists: 'Already being ported',
  already_in_service: 'Already ported to us',
};

/** Numbers from pasted text or a CSV file: every cell with at least 7 digits, once each, in order. */
export function parseNumbers(text: string): string[] {
  const cells = text.split(/[\n\r,;\t]+/).map((c) => c.trim().replace(/^"|"$/g, '').trim());
  const out: string[] = [];
  for (const c of cells) if ((c.match(/\d/g) ?? []).length >= 7 && !out.includes(c)) out.push(c);
  return out;
}

export function NewOrderPage() {
  useTitle('New order');
  const [text, setText] = useState('');
  const [checks, setChecks] = useState<Check[]>();
  const [checkError, setCheckError] = useState<string>();
  const [details, setDetails] = useState<Details>(emptyDetails());
  const [reference, setReference] = useState('');
  const [foc, setFoc] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => `console-${crypto.randomUUID()}`);
  const errors = error?.fieldErrors() ?? {};

  const check = async () => {
    const numbers = parseNumbers(text);
    setCheckError(undefined);
    setChecks(undefined);
    if (numbers.length === 0) return setCheckError('Enter at least one phone number, one a line (or upload a CSV file).');
    if (numbers.length > 1000) return setCheckError(`An order holds at most 1,000 numbers; this list has ${numbers.length}.`);
    try {
      // Any spelling the browser can read is sent in E.164; the answer says what the service thinks.
      const e164 = numbers.map((n) => {
        const c = checkPhone(n);
        return c.kind === 'ok' || c.kind === 'suggest' ? c.e164 : n;
      });
      const results = await unwrap(api.POST('/v2/portability_checks', { body: { numbers: e164 } }));
      setChecks(results.map((r, i) => ({ ...r, number: numbers[i] ?? r.number })));
    } catch (err) {
      setCheckError((err as ApiError).message);
    }
  };

  const upload = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    if (file.size > 1024 * 1024) return setCheckError('That file is over 1 MB: a list of numbers is much smaller. Choose a CSV or text file.');
    setText(parseNumbers(await file.text()).join('\n'));
    setChecks(undefined);
  };

  const portable = checks?.filter((c) => c.portable) ?? [];
  const groups = new Map<string, Check[]>();
  for (const c of portable) {
    const name = c.losing_carrier?.name ?? 'Unknown';
    groups.set(name, [...(groups.get(name) ?? []), c]);
  }

  const create = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const order = await unwrap(
        api.POST('/v2/port_orders', {
          params: { header: { 'idempotency-key': idempotencyKey } },
          body: {
            numbers: portable.map((c) => c.e164!),
            ...submission(details, reference, foc),
          },
        }),
      );
      navigate(`/orders/${order.id}`);
    } catch (err) {
      setError(err as ApiError);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader back={{ href: '/orders', label: 'Orders' }} title="New order" subtitle="Port many numbers at once. Each losing carrier gets one request, answered as a whole." />
      <Card title="1. Numbers">
        <div class="field">
          <label for="f-numbers">Numbers, one a line</label>
          <textarea id="f-numbers" name="numbers" rows={6} value={text} placeholder={'+12125551100\n(415) 555-1100\n+16465551100'} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} aria-describedby="f-numbers-hint" />
          <div class="hint" id="f-numbers-hint">
            Any spelling: each is checked and shown in E.164. Or upload a CSV or text file:{' '}
            <input type="file" accept=".csv,.txt,text/csv,text/plain" onChange={upload} aria-label="Upload a CSV or text file of numbers" />
          </div>
          {checkError && <div class="field-error">{checkError}</div>}
        </div>
        <div class="form-actions">
          <button type="button" class="button secondary" onClick={check}>
            Check numbers
          </button>
          {checks && (
            <span class="muted">
              {portable.length} of {checks.length} can be ported
            </span>
          )}
        </div>
        {checks && (
          <table class="table compact" aria-label="Portability of each number">
            <thead>
              <tr>
                <th scope="col">As entered</th>
                <th scope="col">Number</th>
                <th scope="col">Portable</th>
                <th scope="col">Losing carrier</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c, i) => (
                <tr key={i} class={c.portable ? '' : 'row-bad'}>
                  <td data-label="As entered">{c.number}</td>
                  <td data-label="Number">{c.e164 ? formatNumber(c.e164) : '—'}</td>
                  <td data-label="Portable">{c.portable ? <span class="ok">✓ Yes</span> : <span class="bad">✗ {REASON[c.reason ?? ''] ?? c.reason}</span>}</td>
                  <td data-label="Losing carrier">{c.losing_carrier ? `${c.losing_carrier.name}${c.losing_carrier.pin_required ? ' (PIN required)' : ''}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {checks && portable.length > 0 && (
        <Card title="2. How the order splits">
          <p class="muted">One sub-order per losing carrier. A carrier answers its sub-order as a whole: all its numbers move on the same FOC date, or all are rejected together.</p>
          <div class="split">
            {[...groups].map(([name, list]) => (
              <div class="split-group" key={name}>
                <h3>{name}</h3>
                <p class="muted small">
                  {list.length} number{list.length === 1 ? '' : 's'}
                  {list[0]?.losing_carrier?.pin_required ? ' · needs the account PIN' : ''}
                </p>
                <ul>
                  {list.map((c) => (
                    <li key={c.e164}>{formatNumber(c.e164!)}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          {checks.length > portable.length && <Notice kind="warning">Numbers that cannot be ported are left out of the order.</Notice>}
        </Card>
      )}
      {checks && portable.length > 0 && (
        <form onSubmit={create} noValidate>
          <Card title="3. Account details">
            <DetailsForm value={details} onChange={setDetails} errors={errors} />
            <fieldset>
              <legend>Scheduling and your reference</legend>
              <FocPicker value={foc} onValue={setFoc} error={errors['requested_foc_date']} />
              <Field label="Customer reference" name="customer_reference" value={reference} onValue={setReference} optional error={errors['customer_reference']} />
            </fieldset>
            {error && <Notice kind="error">{Object.keys(errors).length ? 'Some details need correcting: see the fields marked in red.' : error.message}</Notice>}
            <div class="form-actions">
              <button class="button primary" type="submit" disabled={busy}>
                {busy ? 'Creating…' : `Create draft order (${portable.length} number${portable.length === 1 ? '' : 's'})`}
              </button>
              <Link href="/orders" class="button secondary">
                Cancel
              </Link>
            </div>
            <p class="muted small">The draft is not sent to any carrier yet: you add documents and submit it on the order’s page.</p>
          </Card>
        </form>
      )}
    </>
  );
}

/** New port: the spec's fields, numbers checked as typed, a requested FOC date among allowed ones. */
import { useState } from 'preact/hooks';
import { api, ApiError, unwrap } from '../api/client';
import { DetailsForm, emptyDetails, submission, type Details } from '../components/details-form';
import { FocPicker } from '../components/foc-picker';
import { PhoneField } from '../components/phone';
import { Card, Field, Notice, PageHeader } from '../components/ui';
import { useTitle } from '../hooks';
import { Link, navigate } from '../router';

export function NewPortPage() {
  useTitle('New port');
  const [number, setNumber] = useState('');
  const [details, setDetails] = useState<Details>(emptyDetails());
  const [reference, setReference] = useState('');
  const [foc, setFoc] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  // One key per form: a double click or a retried request submits the port once.
  const [idempotencyKey] = useState(() => `console-${crypto.randomUUID()}`);
  const errors = error?.fieldErrors() ?? {};

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const port = await unwrap(
        api.POST('/v2/ports', {
          params: { header: { 'idempotency-key': idempotencyKey } },
          body: {
            number: number.trim(),
            ...submission(details, reference, foc),
          },
        }),
      );
      navigate(`/ports/${port.id}`);
    } catch (err) {
      setError(err as ApiError);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader back={{ href: '/ports', label: 'Ports' }} title="New port" subtitle="Move one number to us from its current provider. For many numbers at once, create an order." />
      <form onSubmit={submit} noValidate class="form-page">
        <Card>
          <fieldset>
            <legend>Number to port</legend>
            <PhoneField label="Phone number" name="number" value={number} onValue={setNumber} error={errors['number']} />
          </fieldset>
          <DetailsForm value={details} onChange={setDetails} errors={errors} />
          <fieldset>
            <legend>Scheduling and your reference</legend>
            <FocPicker value={foc} onValue={setFoc} error={errors['requested_foc_date']} />
            <Field label="Customer reference" name="customer_reference" value={reference} onValue={setReference} optional error={errors['customer_reference']} hint="Your own reference (a ticket or CRM id); you can search by it." />
          </fieldset>
          {error && Object.keys(errors).length === 0 && <Notice kind="error">{error.message}</Notice>}
          {error && Object.keys(errors).length > 0 && <Notice kind="error">Some details need correcting: see the fields marked in red.</Notice>}
          <div class="form-actions">
            <button class="button primary" type="submit" disabled={busy}>
              {busy ? 'Submitting…' : 'Submit port'}
            </button>
            <Link href="/ports" class="button secondary">
              Cancel
            </Link>
          </div>
        </Card>
      </form>
    </>
  );
}

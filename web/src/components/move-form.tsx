/** The desk's move of a port or a whole sub-order: status, FOC date, rejection code, message. */
import { useState } from 'preact/hooks';
import { ApiError, type PortStatus } from '../api/client';
import { NEXT_STATUSES, REJECTION_CODES, STATUS_LABEL } from '../format';
import { Field, Notice, Select } from './ui';

export interface Move {
  status: PortStatus;
  message?: string;
  foc_date?: string;
  rejection_code?: (typeof REJECTION_CODES)[number];
}

const isWeekend = (day: string) => {
  const d = new Date(`${day}T12:00:00Z`).getUTCDay();
  return d === 0 || d === 6;
};

export function MoveForm(props: { from: PortStatus; onMove: (m: Move) => Promise<void>; label?: string }) {
  const choices = NEXT_STATUSES[props.from];
  const [to, setTo] = useState<PortStatus | ''>(choices[0] ?? '');
  const [foc, setFoc] = useState('');
  const [code, setCode] = useState<string>('OTHER');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  if (choices.length === 0) return <p class="muted">{STATUS_LABEL[props.from]} is final: nothing moves from here.</p>;
  const errors = error?.fieldErrors() ?? {};
  const weekend = foc && isWeekend(foc) ? 'That is a weekend day: FOC dates are business days.' : undefined;
  return (
    <form
      noValidate
      class="move-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!to) return;
        setBusy(true);
        setError(undefined);
        try {
          await props.onMove({
            status: to,
            ...(message.trim() ? { message: message.trim() } : {}),
            ...(to === 'authorized' && foc ? { foc_date: foc } : {}),
            ...(to === 'failed' ? { rejection_code: code as Move['rejection_code'] } : {}),
          });
          setMessage('');
          setFoc('');
        } catch (err) {
          setError(err as ApiError);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Select label="Move to" name="status" value={to} onValue={(v) => setTo(v as PortStatus)} options={choices.map((s) => ({ value: s, label: STATUS_LABEL[s]! }))} error={errors['status']} />
      {to === 'authorized' && (
        <Field
          label="FOC date"
          name="foc_date"
          type="date"
          value={foc}
          onValue={setFoc}
          optional
          error={errors['foc_date'] ?? weekend}
          hint="A business day (no weekends or US federal holidays) whose transfer window is still ahead. Empty: the earliest the calendar allows."
        />
      )}
      {to === 'failed' && (
        <Select label="Rejection code" name="rejection_code" value={code} onValue={setCode} options={REJECTION_CODES.map((c) => ({ value: c, label: c }))} error={errors['rejection_code']} />
      )}
      <div class="field">
        <label for="f-move-message">
          Message to the customer <span class="optional">(optional)</span>
        </label>
        <textarea id="f-move-message" rows={2} value={message} onInput={(e) => setMessage((e.target as HTMLTextAreaElement).value)} placeholder="FOC confirmed by the losing carrier." />
        <div class="hint">Shown in the port’s messages and history. Internal notes belong in the desk’s comments.</div>
        {errors['message'] && <div class="field-error">{errors['message']}</div>}
      </div>
      {error && Object.keys(errors).length === 0 && <Notice kind="error">{error.message}</Notice>}
      <button type="submit" class="button primary" disabled={busy || !to}>
        {busy ? 'Moving…' : (props.label ?? `Move to ${to ? STATUS_LABEL[to] : '…'}`)}
      </button>
    </form>
  );
}

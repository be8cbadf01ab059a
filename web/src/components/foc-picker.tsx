/** The requested FOC date, chosen among the dates the service allows now (GET /v2/foc_dates). */
import { api, unwrap } from '../api/client';
import { formatDay } from '../format';
import { useLoad } from '../hooks';

export function FocPicker(props: { value: string; onValue: (v: string) => void; error?: string | undefined }) {
  const dates = useLoad(() => unwrap(api.GET('/v2/foc_dates')), []);
  const id = 'f-requested_foc_date';
  return (
    <fieldset class={`field ${props.error ? 'has-error' : ''}`} aria-describedby={`${id}-hint`}>
      <legend>Requested transfer date (FOC)</legend>
      <p class="legend-hint" id={`${id}-hint`}>
        The firm order commitment (FOC) date is the business day the number moves. Business days skip weekends and US federal holidays; the
        transfer happens in the first hours of that day. Leave “Earliest possible” to move as soon as the provider allows.
      </p>
      {dates.error && <div class="field-error">{dates.error.message}</div>}
      <div class="chips" role="radiogroup" aria-label="Requested FOC date">
        <label class={`chip ${props.value === '' ? 'selected' : ''}`}>
          <input type="radio" name="requested_foc_date" value="" checked={props.value === ''} onChange={() => props.onValue('')} />
          Earliest possible{dates.data ? ` (${formatDay(dates.data.earliest)})` : ''}
        </label>
        {dates.data?.dates.slice(1).map((d) => (
          <label class={`chip ${props.value === d ? 'selected' : ''}`} key={d}>
            <input type="radio" name="requested_foc_date" value={d} checked={props.value === d} onChange={() => props.onValue(d)} />
            {formatDay(d).replace(/, \d{4}$/, '')}
          </label>
        ))}
      </div>
      {props.error && <div class="field-error">{props.error}</div>}
    </fieldset>
  );
}

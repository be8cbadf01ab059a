/** A port's history: every move with its message, who made it and when (viewer's time zone). */
import type { HistoryEntry } from '../api/client';
import { actorLabel, CARRIER_STATUS_LABEL, formatDateTime, viewerTimeZone } from '../format';
import { StatusBadge } from './ui';

export function Timeline(props: { entries: HistoryEntry[]; viewer?: 'customer' | 'desk' }) {
  const entries = [...props.entries].reverse();
  return (
    <>
    <ol class="timeline">
      {entries.map((e, i) => (
        <li key={e.id ?? i} class={`tl-${e.to}`}>
          <span class="tl-dot" aria-hidden="true" />
          <div class="tl-body">
            <div class="tl-head">
              <StatusBadge status={e.to} />
              <span class="muted small">{e.from === null ? 'Submitted' : e.from === 'failed' && e.to === 'pending' ? 'Resubmitted' : CARRIER_STATUS_LABEL[e.carrier_status]}</span>
            </div>
            {e.message && <p class="tl-message">{e.message}</p>}
            <p class="muted small">
              {actorLabel(e.actor, props.viewer)} · <time dateTime={e.at} title={formatDateTime(e.at, true)}>{formatDateTime(e.at)}</time>
            </p>
          </div>
        </li>
      ))}
    </ol>
    <TimeZoneNote />
    </>
  );
}

export function TimeZoneNote() {
  return <p class="muted small tz-note">Times are in your time zone ({viewerTimeZone}). Business days skip weekends and US federal holidays.</p>;
}

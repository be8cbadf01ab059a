/**
 * How the client commands end: their exit codes, and the errors that choose them. Every problem is
 * written to stderr as one line (the API's message and code), with the API's details beneath it.
 */

/** Exit codes of the client commands (README "CLI"). */
export const EXIT = {
  ok: 0,
  /** `ports watch`: the port ended failed or cancelled. */
  portNotCompleted: 1,
  /** A bad or missing argument or option, no API key, a file that cannot be read or parsed. */
  usage: 2,
  /** The API answered with its error envelope. */
  api: 3,
  /** No answer from the server, or an answer that is not the API's. */
  unreachable: 4,
} as const;

/** A mistake in how the command was called, found before anything was sent. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface ApiErrorDetail {
  field?: string;
  message: string;
  [extra: string]: unknown;
}

/** The API refused: its error envelope. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** The server could not be reached, did not answer in time, or answered something that is not the API. */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError';
}

const HINTS: Readonly<Record<string, string>> = {
  unauthorized: 'check --key or PORTING_API_KEY',
};

/** What a client command prints on stderr for an error, and its exit code; null for errors it does not know. */
export function describeError(err: unknown): { text: string; code: number } | null {
  if (err instanceof UsageError) return { text: `porting: ${err.message}\n`, code: EXIT.usage };
  if (err instanceof UnreachableError) return { text: `porting: ${err.message}\n`, code: EXIT.unreachable };
  if (!(err instanceof ApiError)) return null;
  const hint = HINTS[err.code];
  const lines = [`porting: ${err.message} (${err.code}, HTTP ${err.status})${hint ? `: ${hint}` : ''}`];
  for (const d of err.details) {
    const said = d.field ? [`${d.field}: ${d.message}`, `${d.field} ${d.message}`] : [d.message];
    if (said.some((text) => err.message.includes(text))) continue; // the message says it already
    const extra = Object.entries(d)
      .filter(([k]) => k !== 'field' && k !== 'message')
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
    lines.push(`  ${d.field ? `${d.field}: ` : ''}${d.message}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  }
  return { text: lines.join('\n') + '\n', code: EXIT.api };
}

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api/client';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Loads data for a page and keeps it fresh: `pollMs` re-reads it while the tab is visible (the
 * console's live updates), without flashing the page (the last data stays until the new arrives).
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], pollMs?: number): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const latest = useRef(0);
  const inFlight = useRef(false);
  const run = useCallback(async () => {
    const n = ++latest.current;
    inFlight.current = true;
    try {
      const data = await load();
      if (n === latest.current) setState({ data, loading: false });
    } catch (err) {
      if (n === latest.current) setState((s) => ({ data: s.data, error: err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)), loading: false }));
    } finally {
      if (n === latest.current) inFlight.current = false;
    }
  }, deps);
  useEffect(() => {
    // Another filter is another list: nothing of the previous one is shown meanwhile.
    setState({ loading: true });
    void run();
    if (!pollMs) return;
    // A slow answer is waited for: polls never pile up on a busy server.
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible' && !inFlight.current) void run();
    }, pollMs);
    return () => clearInterval(timer);
  }, [run]);
  return { data: state.data, error: state.error, loading: state.loading, reload: run };
}

/** Sets the document title for the page. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Porting console`;
  }, [title]);
}

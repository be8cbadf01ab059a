/** Who is signed in, for the whole app; the CSRF token goes to the API client's memory. */
import { useEffect, useState } from 'preact/hooks';
import { api, setCsrfToken, unwrap, type Session } from './api/client';

let current: Session | null | undefined; // undefined: not known yet
const listeners = new Set<() => void>();

export function setSession(s: Session | null): void {
  current = s;
  setCsrfToken(s?.csrf_token ?? null);
  listeners.forEach((l) => l());
}

export function useSession(): Session | null | undefined {
  const [, set] = useState(0);
  useEffect(() => {
    const l = () => set((n) => n + 1);
    listeners.add(l);
    // The session may have been learnt between this render and now: draw again with it.
    l();
    return () => listeners.delete(l);
  }, []);
  return current;
}

/** Asks the server whether the session cookie (if any) is still a session. */
export async function loadSession(): Promise<void> {
  try {
    setSession(await unwrap(api.GET('/v2/session')));
  } catch {
    setSession(null);
  }
}

export async function signIn(apiKey: string): Promise<void> {
  setSession(await unwrap(api.POST('/v2/session', { body: { api_key: apiKey } })));
}

export async function signOut(): Promise<void> {
  try {
    await unwrap(api.DELETE('/v2/session'));
  } finally {
    setSession(null);
  }
}

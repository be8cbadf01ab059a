import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { Field } from '../components/ui';
import { useTitle } from '../hooks';
import { navigate } from '../router';
import { signIn } from '../session';

export function SignInPage() {
  useTitle('Sign in');
  const [key, setKey] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(key.trim());
      setKey('');
      const next = new URLSearchParams(location.search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/ports', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? (err.fieldErrors()['api_key'] ? err.message : err.message) : 'Sign-in failed; try again');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="signin">
      <div class="signin-card">
        <div class="brand big">
          <span class="logo" aria-hidden="true" />
          Porting
        </div>
        <h1>Sign in to the porting console</h1>
        <p class="muted">Follow your number ports, submit new ones and manage webhooks.</p>
        <form onSubmit={submit} noValidate>
          <Field
            label="API key"
            name="api_key"
            value={key}
            onValue={setKey}
            error={error}
            type="password"
            autoComplete="off"
            placeholder="ptk_…"
            hint={
              <>
                The key printed when the server first started, or one from <code>porting keys create</code>. It is exchanged for a session and not kept in this browser.
              </>
            }
            required
          />
          <button class="button primary wide" type="submit" disabled={busy || key.trim() === ''}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </div>
  );
}

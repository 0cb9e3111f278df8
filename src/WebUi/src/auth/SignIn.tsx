import { FormEvent, useState } from 'react';
import { ApiError, auth, get } from '../api/client';
import { ErrorBox } from '../components/Status';

/** Shown when the node answers 401: the key is kept in sessionStorage, so it goes when the tab closes. */
export default function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<ApiError>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    auth.signIn(key.trim());
    try {
      await get('/api/v1/me');
      onSignedIn();
    } catch (err) {
      auth.signOut();
      setError(err as ApiError);
    }
  };
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to DataSpine</h1>
      <p>This node asks for credentials. Paste an API key; it is kept until this tab closes.</p>
      <form onSubmit={submit}>
        <label htmlFor="api-key">API key</label>
        <input id="api-key" type="password" autoComplete="off" required value={key} onChange={e => setKey(e.target.value)} />
        <button type="submit">Sign in</button>
      </form>
      {error && <ErrorBox error={error} />}
    </main>
  );
}

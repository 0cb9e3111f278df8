import { FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/client';
import { ErrorBox } from '../components/Status';
import { asApiError } from '../components/useApi';

/**
 * A steward's step: one click, or (when it needs a reason) a click that opens a reason box to confirm.
 * The API's refusal (a 403 for a role that may not, a 409 for a step the state does not allow) shows next to it.
 */
export default function StepButton({ label, reason, run, onDone }: {
  label: string; reason?: boolean; run: (reason?: string) => Promise<unknown>; onDone: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const id = useId();
  const go = async (e?: FormEvent) => {
    e?.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await run(reason ? text : undefined);
      setAsking(false);
      setText('');
      onDone();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="step">
      {!asking && (
        <button type="button" disabled={busy} onClick={() => (reason ? setAsking(true) : void go())}>
          {label}
        </button>
      )}
      {asking && (
        <form className="reason" onSubmit={go}>
          <label htmlFor={id}>Reason ({label.toLowerCase()})</label>
          <input id={id} required maxLength={1000} value={text} onChange={e => setText(e.target.value)} autoFocus />
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : label}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      )}
      {error && <ErrorBox error={error} />}
    </span>
  );
}

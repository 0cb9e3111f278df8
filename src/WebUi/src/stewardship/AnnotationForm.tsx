import { FormEvent, useId, useState } from 'react';
import { ApiError, put } from '../api/client';
import { Asset, Owner } from '../api/types';
import { ErrorBox } from '../components/Status';
import { asApiError } from '../components/useApi';
import { assetPath, columnPath, formatOwners, parseOwners } from './stewardPaths';

/** Edits the description and owners of the asset, or of one column (a PUT replaces both; empty clears them). */
export default function AnnotationForm({ asset, column, description, owners, onSaved, onCancel }: {
  asset: Asset; column?: string; description?: string | null; owners?: Owner[] | null; onSaved: () => void; onCancel: () => void;
}) {
  const [text, setText] = useState(description ?? '');
  const [ownerText, setOwnerText] = useState(formatOwners(owners));
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const body = { description: text.trim() || null, owners: parseOwners(ownerText) };
      await put(`${column === undefined ? assetPath(asset) : columnPath(asset, column)}/annotation`, body);
      onSaved();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const what = column === undefined ? 'the asset' : `column ${column}`;
  return (
    <form className="annotation" onSubmit={save} aria-label={`Describe ${what}`}>
      <label htmlFor={`${id}-d`}>Description of {what}</label>
      <textarea id={`${id}-d`} maxLength={10000} value={text} onChange={e => setText(e.target.value)} />
      <label htmlFor={`${id}-o`}>Owners (comma separated; write group:name for a team)</label>
      <input id={`${id}-o`} value={ownerText} onChange={e => setOwnerText(e.target.value)} placeholder="ada@example.com, group:crm-team" />
      <div className="row">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save description'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

import { FormEvent, useState } from 'react';
import { ApiError, get, put } from '../api/client';
import { Asset, Page, TermRef } from '../api/types';
import { ErrorBox, Show } from '../components/Status';
import { useApi } from '../components/useApi';

/** Puts glossary terms on the asset and its columns (PUT replaces what was there). */
export default function AssignTerms({ asset, onSaved }: { asset: Asset; onSaved: () => void }) {
  const terms = useApi('terms', () => get<Page<TermRef>>('/api/v1/glossary/terms'));
  const [open, setOpen] = useState(false);
  const [assetTerms, setAssetTerms] = useState<string[]>(asset.terms.map(t => t.id));
  const [columnTerms, setColumnTerms] = useState<Record<string, string[]>>(
    Object.fromEntries(asset.columns.map(c => [c.name, c.terms.map(t => t.id)])),
  );
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      const columns = Object.fromEntries(Object.entries(columnTerms).filter(([, ids]) => ids.length > 0));
      await put(`/api/v1/glossary/assignments/${asset.id.split('/').map(encodeURIComponent).join('/')}`, { terms: assetTerms, columns });
      setOpen(false);
      onSaved();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setSaving(false);
    }
  };
  const selected = (e: React.ChangeEvent<HTMLSelectElement>) => [...e.target.selectedOptions].map(o => o.value);
  return (
    <section>
      <h2>Glossary terms</h2>
      {!open && (
        <button type="button" onClick={() => setOpen(true)}>
          Assign terms
        </button>
      )}
      {open && (
        <Show what="terms" value={terms}>
          {list =>
            list.items.length === 0 ? (
              <p>
                No terms yet: <a href="/glossary">define one in the glossary</a>.
              </p>
            ) : (
              <form className="assign" onSubmit={save}>
                <label>
                  Terms of the asset
                  <select multiple value={assetTerms} onChange={e => setAssetTerms(selected(e))}>
                    {list.items.map(t => <option key={t.id} value={t.id}>{t.name}</option>)}
                  </select>
                </label>
                {asset.columns.map(c => (
                  <label key={c.name}>
                    Terms of column {c.name}
                    <select multiple value={columnTerms[c.name] ?? []} onChange={e => setColumnTerms({ ...columnTerms, [c.name]: selected(e) })}>
                      {list.items.map(t => <option key={t.id} value={t.id}>{t.name}</option>)}
                    </select>
                  </label>
                ))}
                <div className="row">
                  <button type="submit" disabled={saving}>
                    {saving ? 'Saving…' : 'Save terms'}
                  </button>
                  <button type="button" onClick={() => setOpen(false)}>
                    Cancel
                  </button>
                </div>
                {error && <ErrorBox error={error} />}
              </form>
            )
          }
        </Show>
      )}
    </section>
  );
}

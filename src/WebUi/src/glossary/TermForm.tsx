import { FormEvent, useState } from 'react';
import { ApiError, post, put } from '../api/client';
import { Term } from '../api/types';
import { ErrorBox } from '../components/Status';

/** Create a term, or change one (a rename reaches every asset that carries it). */
export default function TermForm({ term, onSaved }: { term?: Term; onSaved: (t: Term) => void }) {
  const [name, setName] = useState(term?.name ?? '');
  const [definition, setDefinition] = useState(term?.definition ?? '');
  const [synonyms, setSynonyms] = useState(term?.synonyms.join(', ') ?? '');
  const [error, setError] = useState<ApiError>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    const body = { name, definition, synonyms: synonyms.split(',').map(s => s.trim()).filter(Boolean), owner: term?.owner ?? null };
    try {
      onSaved(term ? await put<Term>(`/api/v1/glossary/terms/${term.id}`, body) : await post<Term>('/api/v1/glossary/terms', body));
      if (!term) {
        setName('');
        setDefinition('');
        setSynonyms('');
      }
    } catch (err) {
      setError(err as ApiError);
    }
  };
  const prefix = term ? 'edit' : 'new';
  return (
    <form className="term-form" onSubmit={submit}>
      <label htmlFor={`${prefix}-name`}>Name</label>
      <input id={`${prefix}-name`} required value={name} onChange={e => setName(e.target.value)} />
      <label htmlFor={`${prefix}-definition`}>Definition</label>
      <textarea id={`${prefix}-definition`} value={definition} onChange={e => setDefinition(e.target.value)} />
      <label htmlFor={`${prefix}-synonyms`}>Synonyms (comma separated)</label>
      <input id={`${prefix}-synonyms`} value={synonyms} onChange={e => setSynonyms(e.target.value)} />
      <button type="submit">{term ? 'Save' : 'Create term'}</button>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

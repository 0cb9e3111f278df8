import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { Term } from '../api/types';
import { Show } from '../components/Status';
import { useApi } from '../components/useApi';
import TermForm from './TermForm';

export default function TermPage() {
  const { termId = '' } = useParams();
  const term = useApi(`term:${termId}`, () => get<Term>(`/api/v1/glossary/terms/${encodeURIComponent(termId)}`));
  const [editing, setEditing] = useState(false);
  return (
    <Show what="the term" value={term}>
      {t => (
        <article>
          <p>
            <Link to="/glossary">Glossary</Link>
          </p>
          <h1>{t.name}</h1>
          <p>{t.definition || 'No definition yet.'}</p>
          {t.synonyms.length > 0 && <p>Synonyms: {t.synonyms.join(', ')}</p>}
          <button type="button" onClick={() => setEditing(e => !e)}>{editing ? 'Close' : 'Edit'}</button>
          {editing && <TermForm term={t} onSaved={() => { setEditing(false); term.reload(); }} />}
          <h2>Where it is used ({t.usedBy.length})</h2>
          {t.usedBy.length === 0 ? (
            <p>No asset carries this term yet; assign it from an asset page.</p>
          ) : (
            <ul className="plain">
              {t.usedBy.map(u => {
                const [asset, column] = u.split('#');
                return (
                  <li key={u}>
                    <Link to={`/assets/${asset}`}>{asset}</Link>
                    {column && <> · column {column}</>}
                  </li>
                );
              })}
            </ul>
          )}
        </article>
      )}
    </Show>
  );
}

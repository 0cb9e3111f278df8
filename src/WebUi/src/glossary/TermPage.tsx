import { Suspense, lazy, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { Term } from '../api/types';
import { Loading, Show } from '../components/Status';
import { useApi } from '../components/useApi';
import TermForm from './TermForm';

const TermLifecycle = lazy(() => import('../stewardship/TermLifecycle'));
const TermHistory = lazy(() => import('../stewardship/TermHistory'));

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
          <Suspense fallback={<Loading what="the review" />}>
            <TermLifecycle term={t} onChanged={term.reload} />
          </Suspense>
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
          <Suspense fallback={<Loading what="the history" />}>
            <TermHistory term={t} />
          </Suspense>
        </article>
      )}
    </Show>
  );
}

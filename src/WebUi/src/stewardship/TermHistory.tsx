import { get } from '../api/client';
import { Term, TermHistoryEntry } from '../api/types';
import { Show } from '../components/Status';
import { useApi } from '../components/useApi';
import { statusText } from './stewardPaths';

/** Every step of the term (created, submitted, approved, ...), newest first, with who and why. */
export default function TermHistory({ term }: { term: Term }) {
  const path = `/api/v1/glossary/terms/${encodeURIComponent(term.id)}/history`;
  const history = useApi(`term-history:${term.id}:${term.updatedAt}:${term.status}:${term.revision}`, () => get<TermHistoryEntry[]>(path));
  return (
    <section>
      <h2>History</h2>
      <Show what="the history" value={history}>
        {h => (
          <table className="history">
            <thead>
              <tr>
                {['When', 'Revision', 'Step', 'Status', 'By', 'Note'].map(c => <th key={c} scope="col">{c}</th>)}
              </tr>
            </thead>
            <tbody>
              {[...h].reverse().map((e, i) => (
                <tr key={i}>
                  <td>{new Date(e.at).toLocaleString()}</td>
                  <td className="num">{e.revision}</td>
                  <td>{e.action}</td>
                  <td>{statusText(e.status)}</td>
                  <td>{e.actor}</td>
                  <td>{e.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}

import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { get } from '../api/client';
import { Page, Source, SourceEntry } from '../api/types';
import { Show } from '../components/Status';
import { useApi } from '../components/useApi';
import SourceForm from './SourceForm';

export default function SourcesPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const sources = useApi('sources-full', async () => {
    const page = await get<Page<SourceEntry>>('/api/v1/sources');
    return Promise.all(page.items.map(s => get<Source>(`/api/v1/sources/${encodeURIComponent(s.id)}`)));
  });
  const adding = params.get('add') === '1';
  return (
    <section>
      <h1>Sources</h1>
      {!adding && (
        <button type="button" onClick={() => setParams({ add: '1' })}>
          Add a source
        </button>
      )}
      {adding && (
        <div className="panel">
          <h2>Add a source</h2>
          <SourceForm onSaved={s => navigate(`/sources/${encodeURIComponent(s.id)}`)} />
        </div>
      )}
      <Show what="sources" value={sources}>
        {list =>
          list.length === 0 ? (
            <p>No sources yet.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Type</th>
                  <th scope="col">Assets</th>
                  <th scope="col">Last scan</th>
                  <th scope="col">Next scan</th>
                </tr>
              </thead>
              <tbody>
                {list.map(s => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/sources/${encodeURIComponent(s.id)}`}>{s.name}</Link>
                    </th>
                    <td>{s.type}</td>
                    <td className="num">{s.assetCount}</td>
                    <td>
                      {s.lastScan ? (
                        <Link to={`/scans/${s.lastScan.id}`}>
                          <span className={`status status-${s.lastScan.status}`}>{s.lastScan.status}</span>
                          {s.lastScan.finishedAt && ` ${new Date(s.lastScan.finishedAt).toLocaleString()}`}
                        </Link>
                      ) : (
                        'never'
                      )}
                    </td>
                    <td>{s.nextScanAt ? new Date(s.nextScanAt).toLocaleString() : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Show>
    </section>
  );
}

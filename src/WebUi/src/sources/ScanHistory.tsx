import { useState } from 'react';
import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { Page, ScanListItem } from '../api/types';
import { Show } from '../components/Status';
import { useApi } from '../components/useApi';

const PageSize = 10;
const when = (at: string | null) => (at ? new Date(at).toLocaleString() : '—');

/** The source's latest scans (the node keeps 50), newest first, a page at a time, each linking its scan page. */
export default function ScanHistory({ sourceId, refresh }: { sourceId: string; refresh: string }) {
  const [offset, setOffset] = useState(0);
  const path = `/api/v1/sources/${encodeURIComponent(sourceId)}/scans?limit=${PageSize}&cursor=${offset}`;
  const scans = useApi(`scans:${sourceId}:${offset}:${refresh}`, () => get<Page<ScanListItem>>(path));
  return (
    <section aria-labelledby="scan-history">
      <h2 id="scan-history">Scan history</h2>
      <Show what="the scan history" value={scans}>
        {page =>
          page.total === 0 ? (
            <p className="muted">No scans yet.</p>
          ) : (
            <>
              <table data-testid="scan-history">
                <thead>
                  <tr>
                    <th scope="col">Scan</th><th scope="col">Status</th><th scope="col">Started</th><th scope="col">Finished</th>
                    <th scope="col">Harvested</th><th scope="col">Unchanged</th><th scope="col">Failed</th><th scope="col">Deleted</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map(s => (
                    <tr key={s.id}>
                      <td><Link to={`/scans/${s.id}`}>{s.id.slice(0, 8)}</Link></td>
                      <td><span className={`status status-${s.status}`}>{s.status}</span>{s.errorCode && ` (${s.errorCode})`}</td>
                      <td>{when(s.startedAt ?? s.createdAt)}</td>
                      <td>{when(s.finishedAt)}</td>
                      <td>{s.progress?.harvested ?? '—'}</td>
                      <td>{s.progress?.unchanged ?? '—'}</td>
                      <td>{s.progress ? s.progress.failed : '—'}{s.objectErrorCount > 0 && ` (${s.objectErrorCount} errors)`}</td>
                      <td>{s.progress?.deleted ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {page.total > PageSize && (
                <div className="row">
                  <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PageSize))}>Newer</button>
                  <span className="muted">{offset + 1}–{offset + page.items.length} of {page.total}</span>
                  <button type="button" disabled={page.cursor === null} onClick={() => setOffset(offset + PageSize)}>Older</button>
                </div>
              )}
            </>
          )
        }
      </Show>
    </section>
  );
}

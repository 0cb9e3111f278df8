import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, get, post } from '../api/client';
import { ConnectionTest, Page, Source } from '../api/types';
import { ErrorBox, Show } from '../components/Status';
import { useApi } from '../components/useApi';
import ScanHistory from './ScanHistory';
import SourceForm from './SourceForm';

type AssetSummary = { id: string; name: string; qualifiedName: string; type: string; columnCount: number; rowCount: number | null; classifications: string[] };

export default function SourcePage() {
  const { sourceId = '' } = useParams();
  const path = `/api/v1/sources/${encodeURIComponent(sourceId)}`;
  const source = useApi(`source:${sourceId}`, () => get<Source>(path));
  const assets = useApi(`source-assets:${sourceId}`, () => get<Page<AssetSummary>>(`${path}/assets?limit=100`));
  const navigate = useNavigate();
  const [test, setTest] = useState<ConnectionTest>();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [editing, setEditing] = useState(false);
  const act = async (what: string, run: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    try {
      await run();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Show what="the source" value={source}>
      {s => (
        <article>
          <p>
            <Link to="/sources">Sources</Link>
          </p>
          <h1>
            {s.name} <span className="chip type">{s.type}</span>
          </h1>
          <dl className="facts">
            <dt>Location</dt>
            <dd className="break">{s.location}</dd>
            <dt>Assets</dt>
            <dd>{s.assetCount}</dd>
            <dt>Last scan</dt>
            <dd>{s.lastScan ? <Link to={`/scans/${s.lastScan.id}`}>{s.lastScan.status}</Link> : 'never'}</dd>
            <dt>Schedule</dt>
            <dd>
              {s.options.scanSchedule ? `cron ${s.options.scanSchedule} ${s.options.scanTimeZone ?? 'UTC'}` : s.options.scanEvery ? `every ${s.options.scanEvery}` : 'only when asked'}
              {s.nextScanAt && ` · next run ${new Date(s.nextScanAt).toLocaleString()}`}
            </dd>
          </dl>
          <div className="row">
            <button type="button" disabled={!!busy} onClick={() => act('test', async () => setTest(await post<ConnectionTest>(`${path}/test`)))}>
              {busy === 'test' ? 'Testing…' : 'Test connection'}
            </button>
            <button
              type="button"
              disabled={!!busy}
              onClick={() => act('scan', async () => navigate(`/scans/${(await post<{ id: string }>(`${path}/scans`)).id}`))}
            >
              {busy === 'scan' ? 'Starting…' : 'Scan now'}
            </button>
            <button type="button" onClick={() => setEditing(e => !e)}>{editing ? 'Close' : 'Edit and schedule'}</button>
          </div>
          {test && (
            <p role="status" className={test.ok ? 'ok' : 'error'}>
              {test.ok ? `Reached in ${Math.round(test.milliseconds)} ms.` : `${test.code}: ${test.message}`}
            </p>
          )}
          {error && <ErrorBox error={error} />}
          {editing && (
            <div className="panel">
              <SourceForm source={s} onSaved={() => { setEditing(false); source.reload(); }} />
            </div>
          )}
          <ScanHistory sourceId={s.id} refresh={s.lastScan?.id ?? ''} />
          <h2>Assets</h2>
          <Show what="assets" value={assets}>
            {page => (
              <ul className="plain">
                {page.items.map(a => (
                  <li key={a.id}>
                    <Link to={`/assets/${a.id}`}>{a.qualifiedName}</Link> <span className="muted">{a.type} · {a.columnCount} columns</span>
                  </li>
                ))}
              </ul>
            )}
          </Show>
        </article>
      )}
    </Show>
  );
}

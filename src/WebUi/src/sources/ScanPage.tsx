import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, get, post } from '../api/client';
import { Scan } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { asApiError } from '../components/useApi';
import { WindowedList } from '../components/Windowed';

const finished = (status: string) => status === 'Succeeded' || status === 'Failed' || status === 'Cancelled';

/** Done objects over discovered ones; unknown until the scan has listed the source. */
export function scanFraction(scan: Scan): number {
  const p = scan.progress;
  if (scan.status === 'Succeeded') return 1;
  if (p.discovered === 0) return 0;
  return Math.min(1, (p.harvested + p.unchanged + p.failed) / p.discovered);
}

export default function ScanPage() {
  const { scanId = '' } = useParams();
  const [scan, setScan] = useState<Scan>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    let live = true;
    let timer = 0;
    const poll = async () => {
      try {
        const s = await get<Scan>(`/api/v1/scans/${encodeURIComponent(scanId)}`);
        if (!live) return;
        setScan(s);
        setError(undefined);
        if (!finished(s.status)) timer = window.setTimeout(poll, 500);
      } catch (e) {
        if (!live) return;
        setError(asApiError(e));
        timer = window.setTimeout(poll, 2000);
      }
    };
    poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [scanId]);
  if (!scan) return error ? <ErrorBox error={error} /> : <Loading what="the scan" />;
  const fraction = scanFraction(scan);
  const p = scan.progress;
  return (
    <article>
      <p>
        <Link to={`/sources/${encodeURIComponent(scan.sourceId)}`}>Source {scan.sourceId}</Link>
      </p>
      <h1>Scan {scan.id}</h1>
      <p>
        Status: <span className={`status status-${scan.status}`} data-testid="scan-status">{scan.status}</span>
        {scan.startedAt && ` · started ${new Date(scan.startedAt).toLocaleString()}`}
        {scan.finishedAt && ` · finished ${new Date(scan.finishedAt).toLocaleString()}`}
      </p>
      <div className="progress-row">
        <progress aria-label="Scan progress" max={100} value={Math.round(fraction * 100)} />
        <span>{Math.round(fraction * 100)}%</span>
      </div>
      <dl className="facts counters">
        <dt>Discovered</dt><dd>{p.discovered}</dd>
        <dt>Harvested</dt><dd>{p.harvested}</dd>
        <dt>Unchanged</dt><dd>{p.unchanged}</dd>
        <dt>Failed</dt><dd>{p.failed}</dd>
        <dt>Deleted</dt><dd>{p.deleted}</dd>
      </dl>
      {!finished(scan.status) && (
        <button type="button" onClick={() => post(`/api/v1/scans/${encodeURIComponent(scan.id)}/cancel`).catch(e => setError(asApiError(e)))}>
          Cancel scan
        </button>
      )}
      {scan.errorCode && <ErrorBox error={new ApiError(0, scan.errorCode, scan.error ?? '')} />}
      {error && <ErrorBox error={error} />}
      {scan.objectErrors.length > 0 && (
        <>
          <h2>Objects that failed</h2>
          <WindowedList items={scan.objectErrors} label="Objects that failed" rowHeight={48} className="errors" itemKey={o => o.qualifiedName}
            render={o => <>{o.qualifiedName}: <strong>{o.code}</strong> {o.message}</>} />
        </>
      )}
    </article>
  );
}

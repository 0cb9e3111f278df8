import { useEffect, useState } from 'react';
import { get } from '../api/client';
import { shortVersion } from './version';

type Ready = { ready: boolean; version?: string };
type Silo = { silo: string };

/** Ready or not, the node's version and how many silos, refreshed every 15 s; the dashboard has the rest. */
export default function HealthLine() {
  const [line, setLine] = useState('checking…');
  const [ok, setOk] = useState<boolean>();
  useEffect(() => {
    let live = true;
    const check = async () => {
      try {
        const ready = await get<Ready>('/readyz').catch((): Ready => ({ ready: false }));
        const silos = await get<Silo[]>('/api/v1/cluster/silos').catch(() => null);
        if (!live) return;
        setOk(ready.ready);
        const version = ready.version ? ` · v${shortVersion(ready.version)}` : '';
        setLine(`${ready.ready ? 'ready' : 'not ready'}${version}${silos ? ` · ${silos.length} silo${silos.length === 1 ? '' : 's'}` : ''}`);
      } catch {
        if (live) setLine('unreachable');
      }
    };
    check();
    const timer = setInterval(check, 15000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return (
    <p className="health" role="status">
      <span className={ok === undefined ? 'dot' : ok ? 'dot ok' : 'dot bad'} aria-hidden="true" /> {line} ·{' '}
      <a href="/dashboard">Cluster dashboard</a>
    </p>
  );
}

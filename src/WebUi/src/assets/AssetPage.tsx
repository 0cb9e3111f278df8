import { Suspense, lazy } from 'react';
import { Link, useParams } from 'react-router-dom';
import { get } from '../api/client';
import { Asset, Source } from '../api/types';
import { Loading, Show } from '../components/Status';
import { useApi } from '../components/useApi';
import AssignTerms from '../glossary/AssignTerms';
import ColumnsTable from './ColumnsTable';
import LineageSummary from './LineageSummary';
import ProfilePlots from './ProfilePlots';
import SchemaVersions from './SchemaVersions';

const AssetStewardship = lazy(() => import('../stewardship/AssetStewardship'));

export default function AssetPage() {
  const id = useParams()['*'] ?? '';
  const asset = useApi(`asset:${id}`, () => get<Asset>(`/api/v1/assets/${id.split('/').map(encodeURIComponent).join('/')}`));
  const source = useApi(asset.data ? `source:${asset.data.sourceId}` : null, () => get<Source>(`/api/v1/sources/${encodeURIComponent(asset.data!.sourceId)}`));
  return (
    <Show what="the asset" value={asset}>
      {a => (
        <article className="asset">
          <h1>
            {a.qualifiedName} <span className="chip type">{a.type}</span> {a.deleted && <span className="chip bad">deleted {a.deletedAt?.slice(0, 10)}</span>}
          </h1>
          <dl className="facts">
            <dt>Source</dt>
            <dd>
              <Link to={`/sources/${encodeURIComponent(a.sourceId)}`}>{a.sourceId}</Link>
            </dd>
            <dt>Rows</dt>
            <dd>{a.rowCount?.toLocaleString('en-US') ?? 'unknown'}</dd>
            <dt>Owner at the source</dt>
            <dd>{a.owner ?? 'none'}</dd>
            <dt>Owners</dt>
            <dd data-testid="owners">{a.owners?.length ? a.owners.map(o => `${o.name}${o.kind.toLowerCase() === 'group' ? ' (group)' : ''}`).join(', ') : 'none'}</dd>
            <dt>Description</dt>
            <dd data-testid="description">{a.description ?? 'none yet'}</dd>
            <dt>Last seen</dt>
            <dd>{new Date(a.lastSeenAt).toLocaleString()}</dd>
            {a.comment && (
              <>
                <dt>Comment</dt>
                <dd>{a.comment}</dd>
              </>
            )}
            <dt>Terms</dt>
            <dd>{a.terms.length ? a.terms.map(t => <Link key={t.id} className="chip term" to={`/glossary/${t.id}`}>{t.name}</Link>) : 'none'}</dd>
          </dl>
          {a.schemas && a.schemas.length > 0 && (
            <section>
              <h2>Schemas</h2>
              <ul>
                {a.schemas.map(s => (
                  <li key={s.subject}>
                    {s.role}: <Link to={`/registry/subjects/${encodeURIComponent(s.subject)}`}>{s.subject}</Link> v{s.version} ({s.schemaType})
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ColumnsTable asset={a} />
          <ProfilePlots asset={a} />
          <AssignTerms asset={a} onSaved={asset.reload} />
          <Suspense fallback={<Loading what="stewardship" />}>
            <AssetStewardship key={`${a.id}:${a.lastSeenAt}`} asset={a} onChanged={asset.reload} />
          </Suspense>
          {source.data && <LineageSummary asset={a} source={source.data} />}
          <SchemaVersions asset={a} />
          {a.definition && (
            <section>
              <h2>Definition</h2>
              <pre className="code">{a.definition}</pre>
            </section>
          )}
        </article>
      )}
    </Show>
  );
}

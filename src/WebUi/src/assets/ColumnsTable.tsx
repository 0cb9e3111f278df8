import { Link } from 'react-router-dom';
import { Asset, Classification } from '../api/types';

function ClassChip({ c, column }: { c: Classification; column: string }) {
  const tip = `tip-${column}-${c.class}`;
  // The evidence shows on hover and on keyboard focus (CSS :focus-within), and screen readers get it as the description.
  return (
    <span className="chip pii has-tip" tabIndex={0} aria-describedby={tip}>
      {c.class} {Math.round(c.confidence * 100)}%
      <span role="tooltip" id={tip} className="tip">
        {c.evidence.map((e, i) => (
          <span key={i} className="tip-line">
            {e}
          </span>
        ))}
      </span>
    </span>
  );
}

export default function ColumnsTable({ asset }: { asset: Asset }) {
  const pk = new Set(asset.primaryKey);
  const fk = new Map(asset.foreignKeys.flatMap(f => f.columns.map(c => [c, f.referencedTable] as const)));
  return (
    <section>
      <h2>Columns ({asset.columns.length})</h2>
      <div className="table-wrap">
        <table className="columns">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Nullable</th>
              <th scope="col">Keys</th>
              <th scope="col">Classification</th>
              <th scope="col">Terms</th>
              <th scope="col">Null %</th>
              <th scope="col">Distinct</th>
              <th scope="col">Min / max</th>
            </tr>
          </thead>
          <tbody>
            {asset.columns.map(c => (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td>{c.dataType || '—'}</td>
                <td>{c.nullable ? 'yes' : 'no'}</td>
                <td>
                  {pk.has(c.name) && <span className="chip">PK</span>}
                  {fk.has(c.name) && <span className="chip">FK → {fk.get(c.name)}</span>}
                </td>
                <td>{c.classifications.map(k => <ClassChip key={k.class} c={k} column={c.name} />)}</td>
                <td>{c.terms.map(t => <Link key={t.id} className="chip term" to={`/glossary/${t.id}`}>{t.name}</Link>)}</td>
                <td className="num">{c.profile ? `${(c.profile.nullFraction * 100).toFixed(1)}` : '—'}</td>
                <td className="num">{c.profile?.distinctEstimate.toLocaleString('en-US') ?? '—'}</td>
                <td>{c.profile && (c.profile.min !== null || c.profile.max !== null) ? `${c.profile.min ?? ''} … ${c.profile.max ?? ''}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { Link } from 'react-router-dom';
import { Asset, Classification } from '../api/types';
import { useWindow } from '../components/Windowed';

const Headings = ['Name', 'Type', 'Nullable', 'Keys', 'Classification', 'Terms', 'Null %', 'Distinct', 'Min / max'];

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
  // A table with thousands of columns renders the rows in view only; spacer rows keep the scroll height.
  const w = useWindow({ items: asset.columns, label: 'Columns', rowHeight: 37 });
  const table = (
    <table className="columns" aria-rowcount={w.windowed ? asset.columns.length + 1 : undefined}>
      <thead>
        <tr>
          {Headings.map(h => <th key={h} scope="col">{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {w.before > 0 && <tr aria-hidden="true" style={{ height: w.before }} />}
        {w.visible.map(({ item: c, index }) => (
          <tr key={c.name} data-index={index} ref={w.measure} aria-rowindex={w.windowed ? index + 2 : undefined}>
            <th scope="row">
              {c.name}
              {c.description && <div className="muted small">{c.description}</div>}
            </th>
            <td>{c.dataType || '—'}</td>
            <td>{c.nullable ? 'yes' : 'no'}</td>
            <td>
              {pk.has(c.name) && <span className="chip">PK</span>}
              {fk.has(c.name) && <span className="chip">FK → {fk.get(c.name)}</span>}
            </td>
            <td>
              {c.classifications.map(k => <ClassChip key={k.class} c={k} column={c.name} />)}
              {c.review?.some(r => r.needsReview) && <span className="chip needs-review">needs review</span>}
            </td>
            <td>{c.terms.map(t => <Link key={t.id} className="chip term" to={`/glossary/${t.id}`}>{t.name}</Link>)}</td>
            <td className="num">{c.profile ? `${(c.profile.nullFraction * 100).toFixed(1)}` : '—'}</td>
            <td className="num">{c.profile?.distinctEstimate.toLocaleString('en-US') ?? '—'}</td>
            <td>{c.profile && (c.profile.min !== null || c.profile.max !== null) ? `${c.profile.min ?? ''} … ${c.profile.max ?? ''}` : '—'}</td>
          </tr>
        ))}
        {w.after > 0 && <tr aria-hidden="true" style={{ height: w.after }} />}
      </tbody>
    </table>
  );
  return (
    <section>
      <h2>Columns ({asset.columns.length.toLocaleString('en-US')})</h2>
      {w.windowed ? (
        <div ref={w.box} className="table-wrap windowed" style={{ maxHeight: w.height }} tabIndex={0} role="region"
          aria-label={`Columns (${asset.columns.length.toLocaleString('en-US')}, scrolls)`}>
          {table}
        </div>
      ) : (
        <div className="table-wrap">{table}</div>
      )}
    </section>
  );
}

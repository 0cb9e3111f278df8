import { useState } from 'react';
import { Asset } from '../api/types';
import { columnsAt, diffColumns } from './schemaDiff';

export default function SchemaVersions({ asset }: { asset: Asset }) {
  const numbers = asset.versions.map(v => v.version).sort((a, b) => a - b);
  const latest = numbers[numbers.length - 1] ?? 1;
  const [left, setLeft] = useState(numbers.length > 1 ? numbers[numbers.length - 2] : latest);
  const [right, setRight] = useState(latest);
  const current = asset.columns.map(c => ({ name: c.name, dataType: c.dataType }));
  const rows = diffColumns(columnsAt(current, asset.versions, left), columnsAt(current, asset.versions, right));
  return (
    <section>
      <h2>Schema versions ({numbers.length})</h2>
      <ul className="versions">
        {asset.versions.map(v => (
          <li key={v.version}>
            v{v.version} · {new Date(v.at).toLocaleString()} · {v.changes.length ? v.changes.map(c => `${c.kind} ${c.column}`).join(', ') : 'first seen'}
          </li>
        ))}
      </ul>
      {numbers.length > 1 && (
        <>
          <div className="row">
            <label>
              From <select value={left} onChange={e => setLeft(Number(e.target.value))}>{numbers.map(n => <option key={n}>{n}</option>)}</select>
            </label>
            <label>
              To <select value={right} onChange={e => setRight(Number(e.target.value))}>{numbers.map(n => <option key={n}>{n}</option>)}</select>
            </label>
          </div>
          <table className="diff">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">v{left}</th>
                <th scope="col">v{right}</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(r => (
                <tr key={r.name} className={`diff-${r.status}`}>
                  <th scope="row">{r.name}</th>
                  <td>{r.left ?? ''}</td>
                  <td>{r.right ?? ''}</td>
                  <td>{r.status === 'same' ? '' : r.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

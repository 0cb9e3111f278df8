import { useState } from 'react';
import { Asset } from '../api/types';
import AnnotationForm from './AnnotationForm';
import ClassReviewPanel from './ClassReviewPanel';

/** What stewards curate on an asset page (a chunk of its own: the first page does not load it). */
export default function AssetStewardship({ asset, onChanged }: { asset: Asset; onChanged: () => void }) {
  const [editing, setEditing] = useState<string | null>(null); // "" the asset, else a column
  const [column, setColumn] = useState(asset.columns[0]?.name ?? '');
  const done = () => {
    setEditing(null);
    onChanged();
  };
  const chosen = asset.columns.find(c => c.name === column);
  return (
    <>
      <section className="stewardship">
        <h2>Description and owners</h2>
        {editing === '' ? (
          <AnnotationForm asset={asset} description={asset.description} owners={asset.owners} onSaved={done} onCancel={() => setEditing(null)} />
        ) : (
          <button type="button" onClick={() => setEditing('')}>
            Edit description and owners
          </button>
        )}
        {asset.columns.length > 0 && (
          <div className="describe-column">
            <label htmlFor="describe-column">Describe a column</label>
            <select id="describe-column" value={column} onChange={e => { setColumn(e.target.value); setEditing(null); }}>
              {asset.columns.map(c => <option key={c.name} value={c.name}>{c.name}</option>)}
            </select>
            {editing === column && chosen ? (
              <AnnotationForm key={column} asset={asset} column={column} description={chosen.description} owners={chosen.owners}
                onSaved={done} onCancel={() => setEditing(null)} />
            ) : (
              <button type="button" onClick={() => setEditing(column)}>
                Edit column {column}
              </button>
            )}
          </div>
        )}
      </section>
      <ClassReviewPanel asset={asset} onChanged={onChanged} />
    </>
  );
}

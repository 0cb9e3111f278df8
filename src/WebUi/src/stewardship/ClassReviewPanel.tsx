import { useState } from 'react';
import { post, put } from '../api/client';
import { Asset, ClassReview, Column } from '../api/types';
import StepButton from './StepButton';
import { classPath, columnPath, parseClasses } from './stewardPaths';

/** A class as the steward sees it: status, confidence, why it needs review, the decision, and what can be decided. */
function ReviewRow({ asset, column, r, onChanged }: { asset: Asset; column: string; r: ClassReview; onChanged: () => void }) {
  const status = r.status.toLowerCase();
  const canAccept = r.detected && (status === 'pending' || status === 'rejected');
  const canReject = status === 'pending' || status === 'accepted' || (status === 'rejected' && r.needsReview);
  return (
    <li className={r.needsReview ? 'review needs' : 'review'} data-class={r.class} data-status={status}>
      <span className={`chip ${r.effective ? 'pii' : 'off'}`}>{r.class}</span>
      <span className={`chip status-${status}`}>{status}</span>
      {r.confidence !== null && <span className="muted"> {Math.round(r.confidence * 100)}% · </span>}
      <span className="muted">{r.severity} severity</span>
      {r.needsReview && <strong className="needs-review"> needs review{r.reviewReason ? `: ${r.reviewReason}` : ''}</strong>}
      {r.decision && (
        <div className="muted decision">
          {r.decision.verdict.toLowerCase()} by {r.decision.actor} {new Date(r.decision.at).toLocaleString()}
          {r.decision.reason && <> · “{r.decision.reason}”</>}
        </div>
      )}
      <div className="steps">
        {canAccept && <StepButton label="Accept" run={() => post(classPath(asset, column, r.class, 'accept'), {})} onDone={onChanged} />}
        {canReject && (
          <StepButton label={status === 'rejected' ? 'Reject again' : 'Reject'} reason
            run={reason => post(classPath(asset, column, r.class, 'reject'), { reason })} onDone={onChanged} />
        )}
      </div>
    </li>
  );
}

/** Hand-set classes replace the column's earlier manual ones; an empty list clears them. */
function ManualClasses({ asset, column, onChanged }: { asset: Asset; column: Column; onChanged: () => void }) {
  const [classes, setClasses] = useState((column.review ?? []).filter(r => r.status.toLowerCase() === 'manual').map(r => r.class).join(', '));
  const id = `manual-${column.name}`;
  return (
    <div className="manual">
      <label htmlFor={id}>Classes set by hand on {column.name}</label>
      <input id={id} value={classes} onChange={e => setClasses(e.target.value)} placeholder="e.g. CUSTOMER_FEEDBACK" />
      <StepButton label="Set classes" reason onDone={onChanged}
        run={reason => put(`${columnPath(asset, column.name)}/classifications`, { classes: parseClasses(classes), reason })} />
    </div>
  );
}

/** Every column that has classes (suggested or decided), those needing review first; classes by hand on any column. */
export default function ClassReviewPanel({ asset, onChanged }: { asset: Asset; onChanged: () => void }) {
  const reviewed = asset.columns.filter(c => (c.review ?? []).length > 0);
  const needing = reviewed.filter(c => c.review!.some(r => r.needsReview)).length;
  const [other, setOther] = useState('');
  const ordered = [...reviewed].sort((a, b) => Number(b.review!.some(r => r.needsReview)) - Number(a.review!.some(r => r.needsReview)));
  const chosen = asset.columns.find(c => c.name === other);
  return (
    <section className="class-review">
      <h2>
        Class review {needing > 0 && <span className="chip needs-review">{needing} column{needing === 1 ? '' : 's'} need review</span>}
      </h2>
      {reviewed.length === 0 && <p>No column has a class yet.</p>}
      {ordered.map(c => (
        <div key={c.name} className="review-column" data-column={c.name}>
          <h3>{c.name}</h3>
          <ul className="plain">
            {c.review!.map(r => <ReviewRow key={r.class} asset={asset} column={c.name} r={r} onChanged={onChanged} />)}
          </ul>
        </div>
      ))}
      <div className="review-column">
        <label htmlFor="manual-column">Set classes by hand on a column</label>
        <select id="manual-column" value={other} onChange={e => setOther(e.target.value)}>
          <option value="">choose a column</option>
          {asset.columns.map(c => <option key={c.name} value={c.name}>{c.name}</option>)}
        </select>
        {chosen && <ManualClasses key={chosen.name} asset={asset} column={chosen} onChanged={onChanged} />}
      </div>
    </section>
  );
}

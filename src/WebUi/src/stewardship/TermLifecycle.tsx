import { post } from '../api/client';
import { Term } from '../api/types';
import StepButton from './StepButton';
import { statusText, termSteps } from './stewardPaths';

/** A term's review state and the steps its status allows, as the API names them. */
export default function TermLifecycle({ term, onChanged }: { term: Term; onChanged: () => void }) {
  const path = `/api/v1/glossary/terms/${encodeURIComponent(term.id)}`;
  const steps = termSteps(term.status, term.pending !== null);
  return (
    <section className="lifecycle" aria-label="Review">
      <p>
        <span className={`chip status-${term.status.toLowerCase()}`} data-testid="term-status">{statusText(term.status)}</span> revision {term.revision}
        {term.approvedBy && <span className="muted"> · approved by {term.approvedBy} {term.approvedAt && new Date(term.approvedAt).toLocaleString()}</span>}
      </p>
      {term.pending && (
        <div className="pending">
          <strong>Revision {term.pending.revision} in review</strong> by {term.pending.author}: “{term.pending.definition.name}”, {term.pending.definition.definition}
        </div>
      )}
      {steps.length > 0 && (
        <div className="steps">
          {steps.map(s => (
            <StepButton key={s.action + s.label} label={s.label} reason={s.reason} onDone={onChanged}
              run={reason => post(`${path}/${s.action}`, s.reason ? { reason } : {})} />
          ))}
        </div>
      )}
    </section>
  );
}

import { FormEvent, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, get, post } from '../api/client';
import { SubjectVersion } from '../api/types';
import { ErrorBox, Show } from '../components/Status';
import { useApi } from '../components/useApi';
import { diffLines, prettySchema } from './lineDiff';

type Finding = { rule: string; path: string; message: string; severity: string };
type Check = { compatible?: { is_compatible: boolean; messages?: string[] }; lint?: { passed: boolean; errors: Finding[]; warnings: Finding[] } };

export default function SubjectPage() {
  const { subject = '' } = useParams();
  const base = `/registry/subjects/${encodeURIComponent(subject)}`;
  const versions = useApi(`versions:${subject}`, () => get<number[]>(`${base}/versions`));
  const config = useApi(`config:${subject}`, () => get<{ compatibilityLevel: string }>(`/registry/config/${encodeURIComponent(subject)}?defaultToGlobal=true`));
  const list = versions.data ?? [];
  const [left, setLeft] = useState<number>();
  const [right, setRight] = useState<number>();
  useEffect(() => {
    if (list.length) {
      setLeft(list.length > 1 ? list[list.length - 2] : list[0]);
      setRight(list[list.length - 1]);
    }
  }, [versions.data]);
  const a = useApi(left ? `v:${subject}:${left}` : null, () => get<SubjectVersion>(`${base}/versions/${left}`));
  const b = useApi(right ? `v:${subject}:${right}` : null, () => get<SubjectVersion>(`${base}/versions/${right}`));
  const [pasted, setPasted] = useState('');
  const [check, setCheck] = useState<Check>();
  const [checkError, setCheckError] = useState<ApiError>();
  const runCheck = async (e: FormEvent) => {
    e.preventDefault();
    setCheck(undefined);
    setCheckError(undefined);
    const body = { schema: pasted, schemaType: b.data?.schemaType ?? undefined };
    try {
      const compatible = await post<Check['compatible']>(`/registry/compatibility/subjects/${encodeURIComponent(subject)}/versions/latest?verbose=true`, body);
      const lint = await post<Check['lint']>(`/registry/lint/subjects/${encodeURIComponent(subject)}`, body);
      setCheck({ compatible, lint });
    } catch (err) {
      setCheckError(err as ApiError);
    }
  };
  const semver = (v?: SubjectVersion) => v?.metadata?.properties?.['dataspine.semver'];
  return (
    <section>
      <p>
        <Link to="/schemas">Schema registry</Link>
      </p>
      <h1>{subject}</h1>
      <p>
        Compatibility: <strong>{config.data?.compatibilityLevel ?? (config.error ? `${config.error.code}` : '…')}</strong>
        {' · '}
        {/-(key|value)$/.test(subject) ? (
          <>
            topic{' '}
            <Link to={`/search?q=${encodeURIComponent(subject.replace(/-(key|value)$/, ''))}&type=Topic`}>{subject.replace(/-(key|value)$/, '')}</Link>
          </>
        ) : (
          'not named after a topic'
        )}
      </p>
      <Show what="versions" value={versions}>
        {vs => (
          <>
            <p>Versions: {vs.join(', ')}</p>
            <div className="row">
              <label>
                Compare{' '}
                <select aria-label="Left version" value={left} onChange={e => setLeft(Number(e.target.value))}>{vs.map(v => <option key={v}>{v}</option>)}</select>
              </label>
              <label>
                with <select aria-label="Right version" value={right} onChange={e => setRight(Number(e.target.value))}>{vs.map(v => <option key={v}>{v}</option>)}</select>
              </label>
            </div>
          </>
        )}
      </Show>
      {a.error && <ErrorBox error={a.error} />}
      {b.error && <ErrorBox error={b.error} />}
      {a.data && b.data && (
        <div className="schema-diff" data-testid="schema-diff">
          <p className="muted">
            v{a.data.version} (id {a.data.id}{semver(a.data) ? `, ${semver(a.data)}` : ''}) → v{b.data.version} (id {b.data.id}
            {semver(b.data) ? `, ${semver(b.data)}` : ''}), {b.data.schemaType ?? 'AVRO'}
          </p>
          <pre className="code diff-lines">
            {diffLines(prettySchema(a.data.schema), prettySchema(b.data.schema)).map((l, i) => (
              <div key={i} className={`line-${l.kind}`}>
                {l.kind === 'added' ? '+ ' : l.kind === 'removed' ? '- ' : '  '}
                {l.text}
              </div>
            ))}
          </pre>
        </div>
      )}
      <h2>Check a schema against this subject</h2>
      <form onSubmit={runCheck}>
        <label htmlFor="pasted">Schema</label>
        <textarea id="pasted" rows={8} className="code" value={pasted} onChange={e => setPasted(e.target.value)} required />
        <button type="submit">Check compatibility and lint</button>
      </form>
      {checkError && <ErrorBox error={checkError} />}
      {check && (
        <div className="check" role="status">
          <p>
            {check.compatible?.is_compatible ? 'Compatible with the latest version.' : 'Not compatible.'}
            {check.compatible?.messages?.map((m, i) => <span key={i} className="block">{m}</span>)}
          </p>
          {check.lint && (
            <ul>
              {[...check.lint.errors, ...check.lint.warnings].map((f, i) => (
                <li key={i}>
                  {f.severity} {f.rule} at <code>{f.path}</code>: {f.message}
                </li>
              ))}
              {check.lint.errors.length + check.lint.warnings.length === 0 && <li>Lint: no findings.</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

import { FormEvent, useState } from 'react';
import { ApiError, post, put } from '../api/client';
import { Source } from '../api/types';
import { ErrorBox } from '../components/Status';
import { SourceFields, SourceType, connectionHelp, fieldOfMessage, toRequest } from './sourceForm';

function initial(source?: Source): SourceFields {
  const o = source?.options;
  return {
    name: source?.name ?? '',
    type: (source?.type as SourceType) ?? 'postgres',
    // The connection is write-only: never shown back, re-entered to change a postgres source.
    connection: source && source.type !== 'postgres' ? source.location : '',
    includeSchemas: o?.includeSchemas?.join(', ') ?? '',
    samplingAllowed: o?.samplingAllowed ?? false,
    scheduleKind: o?.scanSchedule ? 'cron' : o?.scanEvery ? 'interval' : 'none',
    scanEvery: o?.scanEvery ?? '06:00:00',
    scanSchedule: o?.scanSchedule ?? '0 2 * * *',
    scanTimeZone: o?.scanTimeZone ?? '',
  };
}

/** Add a source, or change one; the API's validation message shows next to the field it names. */
export default function SourceForm({ source, onSaved }: { source?: Source; onSaved: (s: Source) => void }) {
  const [f, setF] = useState<SourceFields>(() => initial(source));
  const [fieldError, setFieldError] = useState<{ field: keyof SourceFields; message: string }>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof SourceFields>(k: K, v: SourceFields[K]) => setF(x => ({ ...x, [k]: v }));
  const help = connectionHelp[f.type];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(undefined);
    setFieldError(undefined);
    try {
      const body = toRequest(f);
      onSaved(source ? await put<Source>(`/api/v1/sources/${encodeURIComponent(source.id)}`, body) : await post<Source>('/api/v1/sources', body));
    } catch (err) {
      const apiError = err as ApiError;
      const field = fieldOfMessage(apiError.message);
      if (field) setFieldError({ field, message: `${apiError.code}: ${apiError.message}` });
      else setError(apiError);
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (k: keyof SourceFields) =>
    fieldError?.field === k ? (
      <span className="field-error" id={`err-${k}`} role="alert">
        {fieldError.message}
      </span>
    ) : null;
  const described = (k: keyof SourceFields) => (fieldError?.field === k ? { 'aria-invalid': true, 'aria-describedby': `err-${k}` } : {});
  return (
    <form className="source-form" onSubmit={submit} noValidate>
      <label htmlFor="src-name">Name</label>
      <input id="src-name" value={f.name} onChange={e => set('name', e.target.value)} {...described('name')} />
      {errorOf('name')}
      <label htmlFor="src-type">Type</label>
      <select id="src-type" value={f.type} disabled={!!source} onChange={e => set('type', e.target.value as SourceType)}>
        <option value="postgres">PostgreSQL</option>
        <option value="sqlite">SQLite</option>
        <option value="files">Files (CSV, JSON)</option>
        <option value="kafka">Kafka</option>
      </select>
      <label htmlFor="src-connection">{help.label}</label>
      <input
        id="src-connection"
        type={help.secret ? 'password' : 'text'}
        autoComplete="off"
        placeholder={source && help.secret ? 'stored; enter again to change the source' : help.placeholder}
        value={f.connection}
        onChange={e => set('connection', e.target.value)}
        {...described('connection')}
      />
      {errorOf('connection')}
      {f.type === 'postgres' && (
        <>
          <label htmlFor="src-schemas">Schemas to include (comma separated; empty: all)</label>
          <input id="src-schemas" value={f.includeSchemas} onChange={e => set('includeSchemas', e.target.value)} />
        </>
      )}
      <label className="inline">
        <input type="checkbox" checked={f.samplingAllowed} onChange={e => set('samplingAllowed', e.target.checked)} /> Classifiers may read sample values
        (never stored)
      </label>
      <fieldset>
        <legend>Schedule</legend>
        {(['none', 'interval', 'cron'] as const).map(k => (
          <label key={k} className="inline">
            <input type="radio" name="schedule" checked={f.scheduleKind === k} onChange={() => set('scheduleKind', k)} />{' '}
            {k === 'none' ? 'Only when asked' : k === 'interval' ? 'Every interval' : 'Cron'}
          </label>
        ))}
        {f.scheduleKind === 'interval' && (
          <>
            <label htmlFor="src-every">Interval (hh:mm:ss)</label>
            <input id="src-every" value={f.scanEvery} onChange={e => set('scanEvery', e.target.value)} {...described('scanEvery')} />
            {errorOf('scanEvery')}
          </>
        )}
        {f.scheduleKind === 'cron' && (
          <>
            <label htmlFor="src-cron">Cron expression</label>
            <input id="src-cron" value={f.scanSchedule} onChange={e => set('scanSchedule', e.target.value)} {...described('scanSchedule')} />
            {errorOf('scanSchedule')}
            <label htmlFor="src-zone">Time zone (IANA; UTC when empty)</label>
            <input id="src-zone" value={f.scanTimeZone} onChange={e => set('scanTimeZone', e.target.value)} {...described('scanTimeZone')} />
            {errorOf('scanTimeZone')}
          </>
        )}
      </fieldset>
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : source ? 'Save source' : 'Add source'}
      </button>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

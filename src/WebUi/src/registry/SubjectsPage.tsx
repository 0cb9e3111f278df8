import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { Show } from '../components/Status';
import { useApi } from '../components/useApi';
import { WindowedList } from '../components/Windowed';

export default function SubjectsPage() {
  const subjects = useApi('subjects', () => get<string[]>('/registry/subjects'));
  return (
    <section>
      <h1>Schema registry</h1>
      <p className="muted">Confluent-compatible: point Kafka clients at <code>{location.origin}/registry</code>.</p>
      <Show what="subjects" value={subjects}>
        {list =>
          list.length === 0 ? (
            <p>No subjects yet. Producers register them on first use, or POST a schema to /registry/subjects/&lt;subject&gt;/versions.</p>
          ) : (
            <WindowedList items={list} label="Subjects" rowHeight={30} itemKey={s => s}
              render={s => <Link to={`/registry/subjects/${encodeURIComponent(s)}`}>{s}</Link>} />
          )
        }
      </Show>
    </section>
  );
}

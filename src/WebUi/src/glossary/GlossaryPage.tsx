import { Link, useNavigate } from 'react-router-dom';
import { get } from '../api/client';
import { Page, TermRef } from '../api/types';
import { Show } from '../components/Status';
import { useApi } from '../components/useApi';
import { WindowedList } from '../components/Windowed';
import TermForm from './TermForm';

export default function GlossaryPage() {
  const terms = useApi('terms', () => get<Page<TermRef>>('/api/v1/glossary/terms'));
  const navigate = useNavigate();
  return (
    <section>
      <h1>Glossary</h1>
      <div className="two-columns">
        <div>
          <h2>Terms</h2>
          <Show what="terms" value={terms}>
            {list =>
              list.items.length === 0 ? (
                <p>No terms yet: define the words your team uses, then put them on assets and columns.</p>
              ) : (
                <WindowedList items={list.items} label="Terms" rowHeight={30} itemKey={t => t.id}
                  render={t => <Link to={`/glossary/${t.id}`}>{t.name}</Link>} />
              )
            }
          </Show>
        </div>
        <div>
          <h2>New term</h2>
          <TermForm onSaved={t => navigate(`/glossary/${t.id}`)} />
        </div>
      </div>
    </section>
  );
}

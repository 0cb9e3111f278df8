import { KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { get } from '../api/client';
import { Page, SearchHit, SearchPage as Results, SourceEntry } from '../api/types';
import { ErrorBox, Loading, Show } from '../components/Status';
import { useApi } from '../components/useApi';
import { FilterName, describeTotal, highlightParts, pageSize, readSearch, searchApiPath, toggleFilter, withWords, writeSearch } from './searchState';

export function hitLink(hit: SearchHit): string {
  return hit.type === 'GlossaryTerm' ? `/glossary/${encodeURIComponent(hit.id)}` : `/assets/${hit.id}`;
}

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const [words, setWords] = useState(state.q);
  const [active, setActive] = useState(0);
  const navigate = useNavigate();
  const listId = useId();

  // Type-ahead: the words reach the query string (and the API) once typing pauses. A URL change made by
  // typing must not write the box back (keys pressed since would be lost); one from Back or a link does.
  const typed = useRef(state.q);
  useEffect(() => {
    if (words === state.q) return;
    const timer = setTimeout(() => {
      typed.current = words;
      setParams(writeSearch(withWords(state, words)), { replace: true });
    }, 180);
    return () => clearTimeout(timer);
  }, [words]);
  useEffect(() => {
    if (state.q !== typed.current) setWords(state.q);
    typed.current = state.q;
  }, [state.q]);
  useEffect(() => setActive(0), [params.toString()]);

  const path = state.q.trim() ? searchApiPath(state) : null;
  const results = useApi(path, () => get<Results>(path!));
  const sources = useApi('sources', () => get<Page<SourceEntry>>('/api/v1/sources'));
  const hits = results.data?.items ?? [];
  // Marks for the benchmark (scripts/ui-bench.sh): the box is usable, the first results are on screen.
  useEffect(() => void performance.mark('dataspine:search-ready'), []);
  useEffect(() => {
    if (results.data && performance.getEntriesByName('dataspine:search-results').length === 0) performance.mark('dataspine:search-results');
  }, [results.data]);

  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setActive(i => Math.min(i + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setActive(i => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && hits[active]) {
      e.preventDefault();
      navigate(hitLink(hits[active]));
    }
  };
  const go = (next: typeof state) => setParams(writeSearch(next));

  return (
    <section className="search">
      <h1 className="visually-hidden">Search the catalog</h1>
      <div className="search-box">
        <label htmlFor="search-input">Search assets, columns, classifications and glossary terms</label>
        <input
          id="search-input"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          autoFocus
          placeholder="e.g. cust email"
          value={words}
          onChange={e => setWords(e.target.value)}
          onKeyDown={onKey}
        />
      </div>
      {!state.q.trim() && (
        <Show what="sources" value={sources}>
          {s =>
            s.total === 0 ? (
              <div className="hint">
                <h2>The catalog is empty</h2>
                <p>
                  <Link to="/sources?add=1">Add a source</Link> (PostgreSQL, SQLite, a folder of files or Kafka) and scan it; its tables,
                  views, files and topics show up here.
                </p>
              </div>
            ) : (
              <p className="hint">
                Type words to search {s.total} source{s.total === 1 ? '' : 's'}; every word matches as a prefix. Arrow keys move through the
                results, Enter opens one.
              </p>
            )
          }
        </Show>
      )}
      {results.error && <ErrorBox error={results.error} onRetry={results.reload} />}
      {path && results.loading && !results.data && <Loading what="results" />}
      {path && results.data && (
        <div className="search-results">
          <aside className="facets" aria-label="Filters">
            {(['type', 'source', 'classification', 'term'] as FilterName[]).map(name => (
              <fieldset key={name}>
                <legend>{name === 'term' ? 'glossary term' : name}</legend>
                {(results.data!.facets[name] ?? []).map(f => (
                  <label key={f.value} className="facet">
                    <input type="checkbox" checked={state.filters[name] === f.value} onChange={() => go(toggleFilter(state, name, f.value))} />
                    {f.label ?? f.value} <span className="count">{f.count.toLocaleString('en-US')}</span>
                  </label>
                ))}
                {state.filters[name] && !(results.data!.facets[name] ?? []).some(f => f.value === state.filters[name]) && (
                  <label className="facet">
                    <input type="checkbox" checked onChange={() => go(toggleFilter(state, name, state.filters[name]!))} />
                    {state.filters[name]} <span className="count">0</span>
                  </label>
                )}
              </fieldset>
            ))}
          </aside>
          <div className="hits" aria-busy={results.loading}>
            <p className="total" role="status">
              {describeTotal(results.data.total, results.data.totalExact, state.offset, hits.length)}
              {!results.data.totalExact && ' (add a word or a filter to narrow)'}
            </p>
            <ul id={listId} role="listbox" aria-label="Results">
              {hits.map((hit, i) => (
                <li
                  key={hit.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'hit active' : 'hit'}
                  onMouseEnter={() => setActive(i)}
                  onClick={() => navigate(hitLink(hit))}
                >
                  <span className="hit-name">{hit.name}</span> <span className="chip type">{hit.type}</span>
                  <span className="muted"> {hit.source} · {hit.qualifiedName}</span>
                  <div className="highlight">
                    {highlightParts(hit.highlight).map((p, j) => (p.match ? <mark key={j}>{p.text}</mark> : <span key={j}>{p.text}</span>))}
                  </div>
                  {hit.classifications.length > 0 && (
                    <div>
                      {hit.classifications.map(c => (
                        <span key={c} className="chip pii">
                          {c}
                        </span>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
            <nav className="pager" aria-label="Pages">
              <button type="button" disabled={state.offset === 0} onClick={() => go({ ...state, offset: state.offset - pageSize })}>
                Previous
              </button>
              <button type="button" disabled={!results.data.cursor} onClick={() => go({ ...state, offset: state.offset + pageSize })}>
                Next
              </button>
            </nav>
          </div>
        </div>
      )}
    </section>
  );
}

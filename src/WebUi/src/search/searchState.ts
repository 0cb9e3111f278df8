/** The search page's state lives in the query string, so a result list can be pasted into a chat. */
export const filterNames = ['type', 'source', 'schema', 'classification', 'term'] as const;
export type FilterName = (typeof filterNames)[number];
export type SearchState = { q: string; filters: Partial<Record<FilterName, string>>; offset: number };
export const pageSize = 20;

export function readSearch(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }

  const offset = Number.parseInt(params.get('offset') ?? '0', 10);
  return { q: params.get('q') ?? '', filters, offset: Number.isFinite(offset) && offset > 0 ? offset - (offset % pageSize) : 0 };
}

export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }

  if (state.offset > 0) params.set('offset', String(state.offset));
  return params;
}

/** A filter toggles: choosing the active value again clears it; any change of words or filters goes back to page one. */
export function toggleFilter(state: SearchState, name: FilterName, value: string): SearchState {
  const filters = { ...state.filters };
  if (filters[name] === value) delete filters[name];
  else filters[name] = value;
  return { ...state, filters, offset: 0 };
}

export function withWords(state: SearchState, q: string): SearchState {
  return { ...state, q, offset: 0 };
}

export function searchApiPath(state: SearchState): string {
  const params = writeSearch({ ...state, offset: 0 });
  params.set('q', state.q.trim());
  params.set('limit', String(pageSize));
  if (state.offset > 0) params.set('cursor', String(state.offset));
  return `/api/v1/search?${params}`;
}

/** "1–20 of 1,000+ results": a lower bound is said to be one. */
export function describeTotal(total: number, exact: boolean, offset: number, shown: number): string {
  const count = `${total.toLocaleString('en-US')}${exact ? '' : '+'}`;
  const noun = total === 1 && exact ? 'result' : 'results';
  return shown === 0 ? `${count} ${noun}` : `${offset + 1}–${offset + shown} of ${count} ${noun}`;
}

/** Splits the API's highlight ("[[cust]]omers id") into plain and matched parts. */
export function highlightParts(highlight: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const pattern = /\[\[(.*?)\]\]/g;
  let last = 0;
  for (let m = pattern.exec(highlight); m; m = pattern.exec(highlight)) {
    if (m.index > last) parts.push({ text: highlight.slice(last, m.index), match: false });
    parts.push({ text: m[1], match: true });
    last = m.index + m[0].length;
  }

  if (last < highlight.length) parts.push({ text: highlight.slice(last), match: false });
  return parts;
}

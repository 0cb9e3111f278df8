import { describe, expect, it } from 'vitest';
import { describeTotal, highlightParts, readSearch, searchApiPath, toggleFilter, withWords, writeSearch } from './searchState';

describe('search state in the query string', () => {
  it('round-trips words, filters and page', () => {
    const state = readSearch(new URLSearchParams('q=cust+email&type=Table&classification=EMAIL&offset=40&unknown=x'));
    expect(state).toEqual({ q: 'cust email', filters: { type: 'Table', classification: 'EMAIL' }, offset: 40 });
    expect(readSearch(writeSearch(state))).toEqual(state);
  });

  it('keeps a glossary-term filter (a term id) in the URL and sends it to the API', () => {
    const state = readSearch(new URLSearchParams('q=revenue&term=3fa2c1&source=shop'));
    expect(state.filters).toEqual({ term: '3fa2c1', source: 'shop' });
    expect(writeSearch(state).toString()).toBe('q=revenue&source=shop&term=3fa2c1');
    expect(new URL(searchApiPath(state), 'http://x').searchParams.get('term')).toBe('3fa2c1');
  });

  it('snaps an offset to a page and ignores garbage', () => {
    expect(readSearch(new URLSearchParams('offset=45')).offset).toBe(40);
    expect(readSearch(new URLSearchParams('offset=-3')).offset).toBe(0);
    expect(readSearch(new URLSearchParams('offset=abc')).offset).toBe(0);
  });

  it('toggles filters, combines them, and goes back to page one', () => {
    let state = readSearch(new URLSearchParams('q=a&offset=20'));
    state = toggleFilter(state, 'type', 'Table');
    state = toggleFilter(state, 'source', 'shop');
    expect(state.filters).toEqual({ type: 'Table', source: 'shop' });
    expect(state.offset).toBe(0);
    expect(toggleFilter(state, 'type', 'Table').filters).toEqual({ source: 'shop' });
    expect(withWords({ ...state, offset: 60 }, 'b')).toEqual({ q: 'b', filters: state.filters, offset: 0 });
  });

  it('asks the API with the cursor, limit and filters', () => {
    const path = searchApiPath({ q: ' cust ', filters: { type: 'View' }, offset: 20 });
    const params = new URL(path, 'http://x').searchParams;
    expect(params.get('q')).toBe('cust');
    expect(params.get('type')).toBe('View');
    expect(params.get('cursor')).toBe('20');
    expect(params.get('limit')).toBe('20');
    expect(params.has('offset')).toBe(false);
  });

  it('says when a total is a lower bound', () => {
    expect(describeTotal(1000, false, 0, 20)).toBe('1–20 of 1,000+ results');
    expect(describeTotal(3, true, 0, 3)).toBe('1–3 of 3 results');
    expect(describeTotal(0, true, 0, 0)).toBe('0 results');
  });

  it('splits highlights into matched and plain parts', () => {
    expect(highlightParts('[[cust]]omers and [[email]]')).toEqual([
      { text: 'cust', match: true },
      { text: 'omers and ', match: false },
      { text: 'email', match: true },
    ]);
    expect(highlightParts('plain')).toEqual([{ text: 'plain', match: false }]);
  });
});

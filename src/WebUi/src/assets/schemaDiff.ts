import { AssetVersion } from '../api/types';

export type SchemaColumn = { name: string; dataType: string };
export type DiffRow = { name: string; left?: string; right?: string; status: 'same' | 'added' | 'removed' | 'retyped' };

/**
 * The columns as they were at `version`: start from today's columns (the latest version) and undo the
 * recorded changes of every later version, newest first.
 */
export function columnsAt(current: SchemaColumn[], versions: AssetVersion[], version: number): SchemaColumn[] {
  const columns = new Map(current.map(c => [c.name, c.dataType]));
  const later = versions.filter(v => v.version > version).sort((a, b) => b.version - a.version);
  for (const v of later) {
    for (const change of v.changes) {
      if (change.kind === 'added') columns.delete(change.column);
      else if (change.kind === 'removed') columns.set(change.column, change.from ?? '');
      else if (change.kind === 'retyped') columns.set(change.column, change.from ?? '');
    }
  }

  return [...columns].map(([name, dataType]) => ({ name, dataType }));
}

/** Side by side: every column of either side, in the left's order then the right's new ones. */
export function diffColumns(left: SchemaColumn[], right: SchemaColumn[]): DiffRow[] {
  const rightByName = new Map(right.map(c => [c.name, c.dataType]));
  const leftNames = new Set(left.map(c => c.name));
  const rows: DiffRow[] = left.map(c => {
    const r = rightByName.get(c.name);
    if (r === undefined) return { name: c.name, left: c.dataType, status: 'removed' };
    return { name: c.name, left: c.dataType, right: r, status: r === c.dataType ? 'same' : 'retyped' };
  });
  for (const c of right) if (!leftNames.has(c.name)) rows.push({ name: c.name, right: c.dataType, status: 'added' });
  return rows;
}

import { describe, expect, it } from 'vitest';
import { AssetVersion } from '../api/types';
import { columnsAt, diffColumns } from './schemaDiff';

const v = (version: number, changes: AssetVersion['changes']): AssetVersion => ({ version, fingerprint: `f${version}`, at: '', scanId: '', changes });

describe('schema versions', () => {
  // v1: id INTEGER, name TEXT, old TEXT; v2 adds email, retypes id; v3 drops old.
  const versions = [
    v(1, []),
    v(2, [{ kind: 'added', column: 'email', from: null, to: 'TEXT' }, { kind: 'retyped', column: 'id', from: 'INTEGER', to: 'BIGINT' }]),
    v(3, [{ kind: 'removed', column: 'old', from: 'TEXT', to: null }, { kind: 'nullability', column: 'name', from: 'NULL', to: 'NOT NULL' }]),
  ];
  const current = [
    { name: 'id', dataType: 'BIGINT' },
    { name: 'name', dataType: 'TEXT' },
    { name: 'email', dataType: 'TEXT' },
  ];

  it('rebuilds an older version by undoing later changes', () => {
    expect(columnsAt(current, versions, 3)).toEqual(current);
    expect(columnsAt(current, versions, 1)).toEqual([
      { name: 'id', dataType: 'INTEGER' },
      { name: 'name', dataType: 'TEXT' },
      { name: 'old', dataType: 'TEXT' },
    ]);
  });

  it('diffs two versions side by side', () => {
    const rows = diffColumns(columnsAt(current, versions, 1), columnsAt(current, versions, 3));
    expect(rows).toEqual([
      { name: 'id', left: 'INTEGER', right: 'BIGINT', status: 'retyped' },
      { name: 'name', left: 'TEXT', right: 'TEXT', status: 'same' },
      { name: 'old', left: 'TEXT', status: 'removed' },
      { name: 'email', right: 'TEXT', status: 'added' },
    ]);
  });
});

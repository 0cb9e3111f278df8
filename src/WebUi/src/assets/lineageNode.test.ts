import { describe, expect, it } from 'vitest';
import { datasetNodeId } from './lineageNode';

describe('lineage node of an asset', () => {
  it('names postgres tables database.schema.table under postgres://host:port', () => {
    expect(datasetNodeId({ type: 'postgres', location: 'db:5432/shop' }, 'sales.orders')).toBe('dataset:postgres://db:5432:shop.sales.orders');
  });

  it('names sqlite tables under the file path', () => {
    expect(datasetNodeId({ type: 'sqlite', location: '/data/shop.db' }, 'main.customers')).toBe('dataset:sqlite:///data/shop.db:main.customers');
  });
});

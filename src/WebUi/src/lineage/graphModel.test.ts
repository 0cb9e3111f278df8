import { describe, expect, it } from 'vitest';
import { MarquezNode } from '../api/types';
import { canExpand, emptyModel, findNodes, labelOf, merge, pathOf } from './graphModel';

const ns = 'postgres://db:5432';
const ds = (name: string) => `dataset:${ns}:${name}`;
const job = (name: string) => `job:etl:${name}`;
const node = (id: string, ins: string[], outs: string[], data: Record<string, unknown> | null = null): MarquezNode => ({
  id,
  type: id.startsWith('job:') ? 'JOB' : 'DATASET',
  data,
  inEdges: ins.map(o => ({ origin: o, destination: id })),
  outEdges: outs.map(d => ({ origin: id, destination: d })),
});

describe('lineage graph expansion', () => {
  it('labels nodes by name even when the namespace holds colons', () => {
    expect(labelOf(ds('shop.mart.totals'))).toBe('shop.mart.totals');
    expect(labelOf(`datasetField:${ns}:shop.mart.totals:total`)).toBe('shop.mart.totals.total');
  });

  it('keeps the far ends of edges as stubs that can be expanded', () => {
    // depth 1 around the totals: its job is loaded, the job's inputs are not.
    const model = merge(emptyModel(), { graph: [node(ds('totals'), [job('daily')], []), node(job('daily'), [ds('orders')], [ds('totals')])], truncated: false }, ds('totals'));
    expect(model.nodes.get(ds('orders'))).toMatchObject({ loaded: false });
    expect(canExpand(model.nodes.get(ds('orders'))!, 'both')).toBe(true);
    expect(canExpand(model.nodes.get(ds('totals'))!, 'both')).toBe(false);
    expect(model.edges.size).toBe(2);
  });

  it('expanding one hop adds only the next hop and marks the side fetched', () => {
    let model = merge(emptyModel(), { graph: [node(ds('totals'), [job('daily')], [])], truncated: false }, ds('totals'));
    model = merge(model, { graph: [node(job('daily'), [ds('orders'), ds('customers')], [ds('totals')])], truncated: false }, job('daily'), 'upstream');
    const daily = model.nodes.get(job('daily'))!;
    expect(daily.loaded).toBe(true);
    expect(daily.expandedUp).toBe(true);
    expect(daily.expandedDown).toBe(false);
    expect(canExpand(daily, 'upstream')).toBe(false);
    expect(canExpand(daily, 'downstream')).toBe(true);
    expect([...model.nodes.keys()].sort()).toEqual([ds('customers'), ds('orders'), ds('totals'), job('daily')].sort());
  });

  it('styles column edges DIRECT or INDIRECT from the destination field, DIRECT winning', () => {
    const email = `datasetField:${ns}:totals:email`;
    const src = `datasetField:${ns}:customers:email`;
    const id = `datasetField:${ns}:customers:id`;
    const data = {
      inputFields: [
        { namespace: ns, dataset: 'customers', field: 'email', type: 'INDIRECT' },
        { namespace: ns, dataset: 'customers', field: 'email', type: 'DIRECT' },
        { namespace: ns, dataset: 'customers', field: 'id', type: 'INDIRECT' },
      ],
    };
    const model = merge(emptyModel(), { graph: [{ ...node(email, [src, id], [], data), type: 'DATASET_FIELD' }], truncated: false });
    expect([...model.edges.values()].map(e => [e.from, e.kind])).toEqual([
      [src, 'DIRECT'],
      [id, 'INDIRECT'],
    ]);
  });

  it('finds a path through a node and nodes by words', () => {
    const model = merge(emptyModel(), {
      graph: [node(ds('a'), [], [job('j')]), node(job('j'), [ds('a')], [ds('b')]), node(ds('b'), [job('j')], []), node(ds('c'), [], [])],
      truncated: false,
    });
    expect([...pathOf(model, job('j'))].sort()).toEqual([ds('a'), ds('b'), job('j')].sort());
    expect(pathOf(model, ds('c')).size).toBe(1);
    expect(findNodes(model, 'B').map(n => n.id)).toEqual([ds('b')]);
  });
});

import { describe, expect, it } from 'vitest';
import { layered, layout } from './layout';

const input = (edges: [string, string][]) => {
  const ids = [...new Set(edges.flat())];
  return { nodes: ids.map(id => ({ id, width: 100, height: 20 })), edges: edges.map(([from, to]) => ({ from, to })) };
};

describe('layered layout', () => {
  it('puts what feeds a node to its left, with dagre and with the large-graph layering alike', () => {
    const graph = input([['a', 'j'], ['b', 'j'], ['j', 'c'], ['c', 'k'], ['k', 'd']]);
    for (const result of [layout(graph), layered(graph)]) {
      const x = (id: string) => result.positions[id].x;
      expect(x('a')).toBeLessThan(x('j'));
      expect(x('j')).toBeLessThan(x('c'));
      expect(x('c')).toBeLessThan(x('d'));
      expect(x('a')).toBe(x('b'));
    }
  });

  it('survives a cycle and places every node', () => {
    const result = layered(input([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']]));
    expect(Object.keys(result.positions).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps nodes of one layer apart', () => {
    const result = layered(input([['s', 'a'], ['s', 'b'], ['s', 'c']]));
    const ys = ['a', 'b', 'c'].map(id => result.positions[id].y).sort((p, q) => p - q);
    expect(ys[1] - ys[0]).toBeGreaterThanOrEqual(20);
    expect(ys[2] - ys[1]).toBeGreaterThanOrEqual(20);
  });
});

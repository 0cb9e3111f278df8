import { MarquezGraph, MarquezNode } from '../api/types';

/** How an edge was derived: column edges are DIRECT (the value flows) or INDIRECT (it filters, joins, groups). */
export type EdgeKind = 'DIRECT' | 'INDIRECT' | 'FLOW';
export type NodeKind = 'DATASET' | 'JOB' | 'DATASET_FIELD' | 'UNKNOWN';
export type GraphNode = {
  id: string;
  kind: NodeKind;
  label: string;
  /** false for a node only known as the far end of an edge: expanding it fetches it. */
  loaded: boolean;
  /** Whether this node's upstream / downstream neighbours have all been fetched. */
  expandedUp: boolean;
  expandedDown: boolean;
  state?: string;
  assetId?: string;
};
export type GraphEdge = { from: string; to: string; kind: EdgeKind };
export type LineageModel = { nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> };
export type Direction = 'upstream' | 'downstream' | 'both';

export const emptyModel = (): LineageModel => ({ nodes: new Map(), edges: new Map() });

export function kindOf(id: string): NodeKind {
  if (id.startsWith('datasetField:')) return 'DATASET_FIELD';
  if (id.startsWith('dataset:')) return 'DATASET';
  if (id.startsWith('job:')) return 'JOB';
  return 'UNKNOWN';
}

/** A short label: the dataset or job name, with the field for a column ("main.orders.total"). */
export function labelOf(id: string): string {
  const kind = kindOf(id);
  const rest = id.slice(id.indexOf(':') + 1);
  // Namespaces hold colons (postgres://host:5432); names do not, so read from the end.
  const parts = rest.split(':');
  if (kind === 'DATASET_FIELD' && parts.length >= 2) return `${parts[parts.length - 2]}.${parts[parts.length - 1]}`;
  return parts[parts.length - 1];
}

const edgeKey = (from: string, to: string) => `${from}\u0000${to}`;

/** The strongest kind among a column's inputs from one source field: DIRECT wins over INDIRECT. */
function columnEdgeKind(destination: MarquezNode | undefined, origin: string): EdgeKind {
  const inputs = (destination?.data?.inputFields as { namespace: string; dataset: string; field: string; type?: string }[] | undefined) ?? [];
  const kinds = inputs.filter(i => `datasetField:${i.namespace}:${i.dataset}:${i.field}` === origin).map(i => i.type);
  if (kinds.includes('DIRECT')) return 'DIRECT';
  if (kinds.includes('INDIRECT')) return 'INDIRECT';
  return kindOf(origin) === 'DATASET_FIELD' ? 'DIRECT' : 'FLOW';
}

/**
 * Merges one answer of the API into the model (a new model: React state). Every node in the answer is
 * loaded; the far ends of its edges become stubs until fetched. `fetchedFrom` with `direction` marks
 * which side of that node is now complete.
 */
export function merge(model: LineageModel, answer: MarquezGraph, fetchedFrom?: string, direction: Direction = 'both'): LineageModel {
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  const answered = new Map(answer.graph.map(n => [n.id, n]));
  const ensure = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, { id, kind: kindOf(id), label: labelOf(id), loaded: false, expandedUp: false, expandedDown: false });
  };

  for (const n of answer.graph) {
    const previous = nodes.get(n.id);
    const latestRun = n.data?.latestRun as { state?: string } | null | undefined;
    nodes.set(n.id, {
      id: n.id,
      kind: (n.type as NodeKind) ?? kindOf(n.id),
      label: labelOf(n.id),
      loaded: true,
      expandedUp: previous?.expandedUp ?? false,
      expandedDown: previous?.expandedDown ?? false,
      state: latestRun?.state ?? previous?.state,
      assetId: (n.data?.assetId as string | undefined) ?? previous?.assetId,
    });
    for (const e of [...n.inEdges, ...n.outEdges]) {
      ensure(e.origin);
      ensure(e.destination);
      const key = edgeKey(e.origin, e.destination);
      const kind = columnEdgeKind(answered.get(e.destination), e.origin);
      const existing = edges.get(key);
      if (!existing || (existing.kind === 'INDIRECT' && kind === 'DIRECT')) edges.set(key, { from: e.origin, to: e.destination, kind });
    }
  }

  if (fetchedFrom && nodes.has(fetchedFrom)) {
    const node = { ...nodes.get(fetchedFrom)! };
    if (direction !== 'downstream') node.expandedUp = true;
    if (direction !== 'upstream') node.expandedDown = true;
    nodes.set(fetchedFrom, node);
  }

  return { nodes, edges };
}

/** Whether expanding would fetch anything new: a stub, or a side not yet fetched that has (or may have) neighbours. */
export function canExpand(node: GraphNode, direction: Direction): boolean {
  if (!node.loaded) return true;
  if (direction === 'upstream') return !node.expandedUp;
  if (direction === 'downstream') return !node.expandedDown;
  return !node.expandedUp || !node.expandedDown;
}

/** Everything upstream and downstream of a node along edges (its path), for highlighting. */
export function pathOf(model: LineageModel, id: string): Set<string> {
  const into = new Map<string, string[]>();
  const out = new Map<string, string[]>();
  for (const e of model.edges.values()) {
    (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.to);
    (into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e.from);
  }

  const seen = new Set([id]);
  for (const next of [out, into]) {
    const stack = [id];
    while (stack.length) {
      for (const n of next.get(stack.pop()!) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
  }

  return seen;
}

/** Nodes whose label contains every word, best (shortest) labels first. */
export function findNodes(model: LineageModel, text: string, limit = 50): GraphNode[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const found: GraphNode[] = [];
  for (const n of model.nodes.values()) {
    const label = n.label.toLowerCase();
    if (words.every(w => label.includes(w))) found.push(n);
  }

  return found.sort((a, b) => a.label.length - b.label.length).slice(0, limit);
}

import { Link } from 'react-router-dom';
import { get } from '../api/client';
import { Asset, MarquezGraph, Source } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { useApi } from '../components/useApi';
import { datasetNodeId } from './lineageNode';

/** Datasets two edges away (through the job between them), upstream and downstream. */
export default function LineageSummary({ asset, source }: { asset: Asset; source: Source }) {
  const nodeId = datasetNodeId(source, asset.qualifiedName);
  const graph = useApi(`lineage:${nodeId}`, () => get<MarquezGraph>(`/api/v1/lineage?nodeId=${encodeURIComponent(nodeId)}&depth=2&maxNodes=200`));
  const byId = new Map((graph.data?.graph ?? []).map(n => [n.id, n]));
  const me = byId.get(nodeId);
  const hop = (dir: 'in' | 'out') => {
    const jobs = (dir === 'in' ? me?.inEdges.map(e => e.origin) : me?.outEdges.map(e => e.destination)) ?? [];
    const names = new Set<string>();
    for (const j of jobs) {
      const job = byId.get(j);
      for (const e of (dir === 'in' ? job?.inEdges.map(x => x.origin) : job?.outEdges.map(x => x.destination)) ?? []) if (e !== nodeId) names.add(e);
    }
    return [...names];
  };
  const link = `/lineage?nodeId=${encodeURIComponent(nodeId)}`;
  return (
    <section>
      <h2>Lineage</h2>
      {graph.loading && <Loading what="lineage" />}
      {graph.error && graph.error.code !== 'lineage_node_not_found' && <ErrorBox error={graph.error} onRetry={graph.reload} />}
      {graph.error?.code === 'lineage_node_not_found' && <p>No lineage is recorded for this asset yet.</p>}
      {graph.data && (
        <div className="lineage-summary">
          <p>
            Upstream: {hop('in').length ? hop('in').map(shortName).join(', ') : 'none'} · Downstream: {hop('out').length ? hop('out').map(shortName).join(', ') : 'none'}
          </p>
          <Link className="button" to={link}>
            Open in the lineage explorer
          </Link>
        </div>
      )}
    </section>
  );
}

export function shortName(nodeId: string): string {
  const at = nodeId.lastIndexOf(':');
  return at < 0 ? nodeId : nodeId.slice(at + 1);
}

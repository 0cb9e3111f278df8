import { Source } from '../api/types';

/**
 * The lineage node of a scanned asset, named the way scans name it (OpenLineage's conventions:
 * postgres://host:port with database.schema.table; sqlite://path with main.table).
 */
export function datasetNodeId(source: Pick<Source, 'type' | 'location'>, qualifiedName: string): string {
  if (source.type === 'postgres') {
    const slash = source.location.indexOf('/');
    const hostPort = slash < 0 ? source.location : source.location.slice(0, slash);
    const database = slash < 0 ? '' : source.location.slice(slash + 1);
    return `dataset:postgres://${hostPort}:${database ? `${database}.` : ''}${qualifiedName}`;
  }

  return `dataset:${source.type}://${source.location}:${qualifiedName}`;
}

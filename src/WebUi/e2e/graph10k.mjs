import { authHeaders } from './kit.mjs';
// Posts a layered lineage graph as OpenLineage run events: a root dataset, a seed job writing `width` datasets,
// then `layers - 1` layers of jobs, each reading two datasets of its layer and writing one of the next.
// layers 50 × width 100: 9,902 nodes and 14,801 edges. Returns the root's node id.

export async function seedLayeredGraph(base, { layers = 50, width = 100, namespace = `ui-bench-${Date.now().toString(36)}`, parallel = 8 } = {}) {
  const ds = (l, j) => ({ namespace, name: `layer${l}.table${j}` });
  const event = (job, inputs, outputs) => ({
    eventType: 'COMPLETE',
    eventTime: new Date().toISOString(),
    producer: 'https://dataspine.dev/ui-benchmark',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: crypto.randomUUID() },
    job: { namespace, name: job },
    inputs,
    outputs,
  });
  const events = [event('seed', [{ namespace, name: 'root' }], Array.from({ length: width }, (_, j) => ds(0, j)))];
  for (let l = 0; l < layers - 1; l++) {
    for (let j = 0; j < width; j++) events.push(event(`layer${l}.job${j}`, [ds(l, j), ds(l, (j * 7 + 3) % width)], [ds(l + 1, j)]));
  }

  let next = 0;
  const post = async () => {
    while (next < events.length) {
      const body = JSON.stringify(events[next++]);
      const response = await fetch(`${base}/api/v1/lineage`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...authHeaders() }, body });
      if (!response.ok) throw new Error(`POST /api/v1/lineage: ${response.status} ${await response.text()}`);
    }
  };
  // The seed first: it creates the datasets the layer jobs read.
  next = 1;
  await fetch(`${base}/api/v1/lineage`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...authHeaders() }, body: JSON.stringify(events[0]) });
  await Promise.all(Array.from({ length: parallel }, post));
  return { rootId: `dataset:${namespace}:root`, nodes: 2 + layers * width + (layers - 1) * width, edges: 1 + width + 3 * (layers - 1) * width };
}

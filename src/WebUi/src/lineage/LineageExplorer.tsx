import { FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, get } from '../api/client';
import { MarquezGraph } from '../api/types';
import { ErrorBox, Loading } from '../components/Status';
import { asApiError } from '../components/useApi';
import { DrawEdge, DrawNode, GraphCanvas } from './GraphCanvas';
import { Direction, LineageModel, canExpand, emptyModel, findNodes, merge, pathOf } from './graphModel';
import type { LayoutOutput } from './layout';
import LayoutWorker from './layout.worker?worker';

const nodeHeight = 26;
const widthOf = (label: string) => Math.min(260, 24 + label.length * 7);

function fetchHop(nodeId: string, columns: boolean, depth: number, direction: Direction): Promise<MarquezGraph> {
  const id = encodeURIComponent(nodeId);
  return columns
    ? get(`/api/v1/column-lineage?nodeId=${id}&depth=${depth}&withDownstream=${direction !== 'upstream'}&maxNodes=20000`)
    : get(`/api/v1/lineage?nodeId=${id}&depth=${depth}&direction=${direction}&maxNodes=20000`);
}

export default function LineageExplorer() {
  const [params, setParams] = useSearchParams();
  const nodeId = params.get('nodeId') ?? '';
  const depth = Math.min(100, Math.max(1, Number.parseInt(params.get('depth') ?? '1', 10) || 1));
  const direction = (['upstream', 'downstream', 'both'].includes(params.get('direction') ?? '') ? params.get('direction') : 'both') as Direction;
  const columns = params.get('level') === 'column' || nodeId.startsWith('datasetField:');
  const [model, setModel] = useState<LineageModel>(emptyModel);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const [truncated, setTruncated] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [find, setFind] = useState('');
  const [layoutMs, setLayoutMs] = useState<number>();
  const [laidOut, setLaidOut] = useState(0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const miniRef = useRef<HTMLCanvasElement>(null);
  const view = useRef<GraphCanvas>();
  const worker = useRef<Worker>();
  const seq = useRef(0);
  const fitNext = useRef(true);
  const modelRef = useRef(model);
  modelRef.current = model;

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next);
  };

  const expand = useCallback(
    async (id: string) => {
      setLoading(true);
      setError(undefined);
      try {
        const answer = await fetchHop(id, columns, 1, direction);
        setTruncated(t => t || answer.truncated);
        setModel(m => merge(m, answer, id, columns && direction !== 'upstream' ? 'both' : direction));
      } catch (e) {
        setError(asApiError(e));
      } finally {
        setLoading(false);
      }
    },
    [columns, direction],
  );

  // The start: depth hops around the node (1 unless the link says otherwise).
  useEffect(() => {
    if (!nodeId) return;
    let live = true;
    setModel(emptyModel());
    fitNext.current = true;
    setSelected(nodeId);
    setLoading(true);
    setError(undefined);
    fetchHop(nodeId, columns, depth, direction).then(
      answer => {
        if (!live) return;
        setTruncated(answer.truncated);
        setModel(merge(emptyModel(), answer, depth === 1 ? nodeId : undefined, direction));
        setLoading(false);
      },
      e => {
        if (!live) return;
        setError(asApiError(e));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [nodeId, depth, direction, columns]);

  useEffect(() => {
    const w = new LayoutWorker();
    worker.current = w;
    return () => w.terminate();
  }, []);

  useEffect(() => {
    if (!canvasRef.current || !miniRef.current) return;
    const v = new GraphCanvas(canvasRef.current, miniRef.current, id => setSelected(id), id => void expand(id));
    view.current = v;
    return () => v.dispose();
  }, [expand]);

  // Layout off the main thread; the canvas gets the positions when the worker answers.
  useEffect(() => {
    const w = worker.current;
    if (!w || model.nodes.size === 0) return;
    const mine = ++seq.current;
    const nodes = [...model.nodes.values()];
    w.onmessage = (event: MessageEvent<LayoutOutput & { seq: number; error?: string }>) => {
      if (event.data.seq !== seq.current) return;
      if (event.data.error) {
        setError(new ApiError(0, 'layout_failed', event.data.error));
        return;
      }

      const index = new Map(nodes.map((n, i) => [n.id, i]));
      const draw: DrawNode[] = nodes.map(n => ({
        id: n.id,
        x: event.data.positions[n.id]?.x ?? 0,
        y: event.data.positions[n.id]?.y ?? 0,
        w: widthOf(n.label),
        h: nodeHeight,
        label: n.label,
        kind: n.kind,
        stub: !n.loaded,
        state: n.state,
      }));
      const edges: DrawEdge[] = [...modelRef.current.edges.values()]
        .filter(e => index.has(e.from) && index.has(e.to))
        .map(e => ({ a: index.get(e.from)!, b: index.get(e.to)!, kind: e.kind }));
      view.current?.setGraph(draw, edges, !fitNext.current);
      fitNext.current = false;
      setLayoutMs(Math.round(event.data.milliseconds));
      setLaidOut(c => c + 1);
    };
    w.postMessage({
      seq: mine,
      nodes: nodes.map(n => ({ id: n.id, width: widthOf(n.label), height: nodeHeight })),
      edges: [...model.edges.values()].map(e => ({ from: e.from, to: e.to })),
    });
  }, [model]);

  const hot = useMemo(() => (selected && model.nodes.has(selected) ? pathOf(model, selected) : null), [model, selected]);
  useEffect(() => view.current?.setHighlight(hot, selected), [hot, selected, laidOut]);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const change = () => {
      view.current?.readPalette();
      view.current?.setHighlight(hot, selected);
    };
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, [hot, selected]);

  const selectedNode = selected ? model.nodes.get(selected) : undefined;
  const found = useMemo(() => findNodes(model, find, 30), [model, find]);
  const start = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget).get('start')?.toString().trim();
    if (value) setParam('nodeId', value);
  };

  return (
    <section className="lineage">
      <h1>Lineage explorer</h1>
      <form className="row" onSubmit={start}>
        <label htmlFor="start">Node id</label>
        <input id="start" name="start" className="wide" defaultValue={nodeId} key={nodeId} placeholder="dataset:namespace:name, job:…, datasetField:…" />
        <button type="submit">Show</button>
      </form>
      {!nodeId && <p className="hint">Open an asset and follow “Open in the lineage explorer”, or paste a Marquez node id.</p>}
      {nodeId && (
        <div className="toolbar row" role="toolbar" aria-label="Graph controls">
          <fieldset className="segmented">
            <legend>Direction</legend>
            {(['upstream', 'both', 'downstream'] as Direction[]).map(d => (
              <label key={d}>
                <input type="radio" name="direction" checked={direction === d} onChange={() => setParam('direction', d)} /> {d}
              </label>
            ))}
          </fieldset>
          <fieldset className="segmented">
            <legend>Level</legend>
            <label>
              <input type="radio" name="level" checked={!columns} disabled={nodeId.startsWith('datasetField:')} onChange={() => setParam('level', null)} /> tables
            </label>
            <label>
              <input type="radio" name="level" checked={columns} disabled={nodeId.startsWith('job:')} onChange={() => setParam('level', 'column')} /> columns
            </label>
          </fieldset>
          <label>
            Depth{' '}
            <select value={depth} onChange={e => setParam('depth', e.target.value)}>
              {[1, 2, 3, 5, 10, 20, 100].map(d => <option key={d}>{d}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => view.current?.fit()}>Fit</button>
          <button type="button" aria-label="Zoom in" onClick={() => view.current?.zoomBy(1.25)}>+</button>
          <button type="button" aria-label="Zoom out" onClick={() => view.current?.zoomBy(0.8)}>−</button>
          <span className="legend" aria-label="Legend">
            <span className="swatch direct" /> DIRECT / flow <span className="swatch indirect" /> INDIRECT <span className="swatch stub" /> not fetched yet
          </span>
        </div>
      )}
      {error && <ErrorBox error={error} />}
      {loading && <Loading what="lineage" />}
      <div className="graph-area" hidden={!nodeId}>
        <canvas
          ref={canvasRef}
          className="graph"
          tabIndex={0}
          aria-label="Lineage graph: drag or arrow keys to pan, wheel or + and - to zoom, 0 to fit, click a node to highlight its path, double-click to expand it. The panel lists the selected node."
        />
        <canvas ref={miniRef} className="minimap" aria-label="Minimap: click to move the view" />
        <aside className="graph-panel" aria-label="Graph details">
          <p className="stats" data-testid="graph-stats" data-nodes={model.nodes.size} data-edges={model.edges.size} data-layout-ms={layoutMs ?? ''} data-laid-out={laidOut}>
            {model.nodes.size.toLocaleString('en-US')} nodes · {model.edges.size.toLocaleString('en-US')} edges
            {layoutMs !== undefined && ` · layout ${layoutMs} ms`}
            {truncated && ' · truncated: raise maxNodes or expand from a node'}
          </p>
          <label htmlFor="find">Find in graph</label>
          <input id="find" type="search" value={find} onChange={e => setFind(e.target.value)} />
          <ul className="found">
            {found.map(n => (
              <li key={n.id}>
                <button type="button" className="link" onClick={() => { setSelected(n.id); view.current?.center(n.id); }}>
                  {n.label}
                </button>
              </li>
            ))}
          </ul>
          {selectedNode && (
            <div className="selected" data-testid="selected-node">
              <h2>{selectedNode.label}</h2>
              <p className="muted break">{selectedNode.kind} · {selectedNode.id}</p>
              {selectedNode.state && <p>Last run: {selectedNode.state}</p>}
              <button type="button" disabled={!canExpand(selectedNode, direction) || loading} onClick={() => void expand(selectedNode.id)}>
                Expand {direction === 'both' ? 'a hop' : direction}
              </button>
              {selectedNode.kind === 'DATASET' && !columns && (
                <button type="button" onClick={() => setParams(new URLSearchParams({ nodeId: selectedNode.id, level: 'column', direction }))}>Column lineage</button>
              )}
              {selectedNode.assetId && <Link to={`/assets/${selectedNode.assetId}`}>Open the asset</Link>}
            </div>
          )}
        </aside>
      </div>
    </section>
  );
}

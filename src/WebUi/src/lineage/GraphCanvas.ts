import type { EdgeKind, NodeKind } from './graphModel';

export type DrawNode = { id: string; x: number; y: number; w: number; h: number; label: string; kind: NodeKind; stub: boolean; state?: string };
export type DrawEdge = { a: number; b: number; kind: EdgeKind };
type Palette = Record<'bg' | 'text' | 'dataset' | 'job' | 'field' | 'stub' | 'edge' | 'indirect' | 'hot' | 'select' | 'dim' | 'view', string>;

const cell = 256;

/**
 * Draws the lineage graph on a canvas: thousands of nodes stay interactive because a frame only strokes what
 * is in view, in a few batched paths, and drops labels and curves when zoomed out. The minimap is drawn once
 * per graph into its own bitmap; a frame only copies it and adds the viewport.
 */
export class GraphCanvas {
  private nodes: DrawNode[] = [];
  private edges: DrawEdge[] = [];
  private grid = new Map<string, number[]>();
  private hot: Set<string> | null = null;
  private selected: string | null = null;
  private scale = 1;
  private ox = 0;
  private oy = 0;
  private bounds = { x0: 0, y0: 0, x1: 1, y1: 1 };
  private frame = 0;
  private mini: HTMLCanvasElement | null = null;
  private cache: { canvas: HTMLCanvasElement; scale: number; pad: number } | null = null;
  private palette!: Palette;
  private drag: { x: number; y: number; moved: boolean } | null = null;
  private readonly cleanup: (() => void)[] = [];

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly minimap: HTMLCanvasElement,
    private readonly onSelect: (id: string | null) => void,
    private readonly onOpen: (id: string) => void,
  ) {
    this.readPalette();
    const on = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions) => {
      el.addEventListener(type, fn, opts);
      this.cleanup.push(() => el.removeEventListener(type, fn));
    };
    on(canvas, 'wheel', e => {
      e.preventDefault();
      this.zoomAt(Math.exp(-e.deltaY * 0.0015), e.offsetX, e.offsetY);
    }, { passive: false });
    on(canvas, 'pointerdown', e => {
      canvas.setPointerCapture(e.pointerId);
      this.drag = { x: e.clientX, y: e.clientY, moved: false };
    });
    on(canvas, 'pointermove', e => {
      if (!this.drag) return;
      const dx = e.clientX - this.drag.x;
      const dy = e.clientY - this.drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 2) this.drag.moved = true;
      this.drag.x = e.clientX;
      this.drag.y = e.clientY;
      if (this.drag.moved) this.panBy(dx, dy);
    });
    on(canvas, 'pointerup', e => {
      if (this.drag && !this.drag.moved) this.onSelect(this.hit(e.offsetX, e.offsetY));
      this.drag = null;
    });
    on(canvas, 'dblclick', e => {
      const id = this.hit(e.offsetX, e.offsetY);
      if (id) this.onOpen(id);
    });
    on(canvas, 'keydown', e => {
      const step = 60;
      const keys: Record<string, () => void> = {
        ArrowLeft: () => this.panBy(step, 0),
        ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step),
        ArrowDown: () => this.panBy(0, -step),
        '+': () => this.zoomBy(1.25),
        '=': () => this.zoomBy(1.25),
        '-': () => this.zoomBy(0.8),
        '0': () => this.fit(),
      };
      if (keys[e.key]) {
        e.preventDefault();
        keys[e.key]();
      }
    });
    on(minimap, 'pointerdown', e => this.centerOnMinimap(e.offsetX, e.offsetY));
    const resize = new ResizeObserver(() => this.request());
    resize.observe(canvas);
    this.cleanup.push(() => resize.disconnect());
  }

  dispose() {
    this.cleanup.forEach(c => c());
    cancelAnimationFrame(this.frame);
  }

  readPalette() {
    const style = getComputedStyle(this.canvas);
    const v = (name: string) => style.getPropertyValue(`--graph-${name}`).trim() || '#888';
    this.palette = Object.fromEntries(
      ['bg', 'text', 'dataset', 'job', 'field', 'stub', 'edge', 'indirect', 'hot', 'select', 'dim', 'view'].map(k => [k, v(k)]),
    ) as Palette;
  }

  setGraph(nodes: DrawNode[], edges: DrawEdge[], keepView: boolean) {
    this.nodes = nodes;
    this.edges = edges;
    this.grid.clear();
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach((n, i) => {
      x0 = Math.min(x0, n.x - n.w / 2);
      y0 = Math.min(y0, n.y - n.h / 2);
      x1 = Math.max(x1, n.x + n.w / 2);
      y1 = Math.max(y1, n.y + n.h / 2);
      const key = `${Math.floor(n.x / cell)},${Math.floor(n.y / cell)}`;
      (this.grid.get(key) ?? this.grid.set(key, []).get(key)!).push(i);
    });
    this.bounds = nodes.length ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 1, y1: 1 };
    this.mini = null;
    this.cache = null;
    if (!keepView) this.fit();
    else this.request();
  }

  setHighlight(hot: Set<string> | null, selected: string | null) {
    this.hot = hot;
    this.selected = selected;
    this.mini = null;
    this.cache = null;
    this.request();
  }

  fit() {
    const { width, height } = this.size();
    const b = this.bounds;
    const pad = 30;
    this.scale = Math.min(2, Math.max(0.01, Math.min((width - pad * 2) / (b.x1 - b.x0 || 1), (height - pad * 2) / (b.y1 - b.y0 || 1))));
    this.ox = (width - (b.x1 - b.x0) * this.scale) / 2 - b.x0 * this.scale;
    this.oy = (height - (b.y1 - b.y0) * this.scale) / 2 - b.y0 * this.scale;
    this.request();
  }

  zoomBy(factor: number) {
    const { width, height } = this.size();
    this.zoomAt(factor, width / 2, height / 2);
  }

  panBy(dx: number, dy: number) {
    this.ox += dx;
    this.oy += dy;
    this.request();
  }

  center(id: string) {
    const n = this.nodes.find(x => x.id === id);
    if (!n) return;
    const { width, height } = this.size();
    this.scale = Math.max(this.scale, 0.8);
    this.ox = width / 2 - n.x * this.scale;
    this.oy = height / 2 - n.y * this.scale;
    this.request();
  }

  private zoomAt(factor: number, sx: number, sy: number) {
    const next = Math.min(4, Math.max(0.01, this.scale * factor));
    this.ox = sx - ((sx - this.ox) * next) / this.scale;
    this.oy = sy - ((sy - this.oy) * next) / this.scale;
    this.scale = next;
    this.request();
  }

  private size() {
    return { width: this.canvas.clientWidth || 800, height: this.canvas.clientHeight || 600 };
  }

  private hit(sx: number, sy: number): string | null {
    const x = (sx - this.ox) / this.scale;
    const y = (sy - this.oy) / this.scale;
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    for (let i = gx - 1; i <= gx + 1; i++) {
      for (let j = gy - 1; j <= gy + 1; j++) {
        for (const k of this.grid.get(`${i},${j}`) ?? []) {
          const n = this.nodes[k];
          if (Math.abs(x - n.x) <= n.w / 2 && Math.abs(y - n.y) <= n.h / 2) return n.id;
        }
      }
    }

    return null;
  }

  private centerOnMinimap(mx: number, my: number) {
    const m = this.miniTransform();
    const { width, height } = this.size();
    this.ox = width / 2 - ((mx - m.dx) / m.s) * this.scale;
    this.oy = height / 2 - ((my - m.dy) / m.s) * this.scale;
    this.request();
  }

  private miniTransform() {
    const b = this.bounds;
    const w = this.minimap.clientWidth || 200;
    const h = this.minimap.clientHeight || 140;
    const s = Math.min(w / (b.x1 - b.x0 || 1), h / (b.y1 - b.y0 || 1));
    return { s, dx: (w - (b.x1 - b.x0) * s) / 2 - b.x0 * s, dy: (h - (b.y1 - b.y0) * s) / 2 - b.y0 * s, w, h };
  }

  private request() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.draw());
  }

  private colorOf(n: DrawNode): string {
    if (n.stub) return this.palette.stub;
    return n.kind === 'JOB' ? this.palette.job : n.kind === 'DATASET_FIELD' ? this.palette.field : this.palette.dataset;
  }

  private draw() {
    this.frame = 0;
    const dpr = window.devicePixelRatio || 1;
    const { width, height } = this.size();
    if (this.canvas.width !== Math.round(width * dpr) || this.canvas.height !== Math.round(height * dpr)) {
      this.canvas.width = Math.round(width * dpr);
      this.canvas.height = Math.round(height * dpr);
    }

    const ctx = this.canvas.getContext('2d')!;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = this.palette.bg;
    ctx.fillRect(0, 0, width, height);
    const view = { x0: -this.ox / this.scale, y0: -this.oy / this.scale, x1: (width - this.ox) / this.scale, y1: (height - this.oy) / this.scale };
    const overview = this.overview();
    if (overview && this.scale <= overview.scale * 1.25) {
      // Zoomed out on a large graph: one copy of the pre-drawn overview instead of stroking every edge per frame.
      const k = this.scale / overview.scale;
      ctx.drawImage(overview.canvas, this.ox + (this.bounds.x0 * this.scale) - overview.pad * k, this.oy + (this.bounds.y0 * this.scale) - overview.pad * k,
        overview.canvas.width * k, overview.canvas.height * k);
      ctx.setTransform(dpr * this.scale, 0, 0, dpr * this.scale, dpr * this.ox, dpr * this.oy);
      this.paintSelection(ctx, view);
    } else {
      ctx.setTransform(dpr * this.scale, 0, 0, dpr * this.scale, dpr * this.ox, dpr * this.oy);
      this.paint(ctx, this.scale, view);
      this.paintSelection(ctx, view);
    }

    this.drawMinimap(view.x0, view.y0, view.x1, view.y1);
  }

  /** Large graphs get an overview bitmap (at most 4096 px a side), drawn once per graph and highlight. */
  private overview(): { canvas: HTMLCanvasElement; scale: number; pad: number } | null {
    if (this.nodes.length < 1500) return null;
    if (this.cache) return this.cache;
    const b = this.bounds;
    const pad = 4;
    const scale = Math.min(0.3, 4096 / (b.x1 - b.x0 || 1), 4096 / (b.y1 - b.y0 || 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil((b.x1 - b.x0) * scale) + pad * 2;
    canvas.height = Math.ceil((b.y1 - b.y0) * scale) + pad * 2;
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(scale, 0, 0, scale, pad - b.x0 * scale, pad - b.y0 * scale);
    this.paint(ctx, scale, b);
    this.cache = { canvas, scale, pad };
    return this.cache;
  }

  /** Edges then nodes then labels, for what lies in `view` (world coordinates), at `scale` screen pixels per unit. */
  private paint(ctx: CanvasRenderingContext2D, scale: number, view: { x0: number; y0: number; x1: number; y1: number }) {
    const p = this.palette;
    const { x0: vx0, y0: vy0, x1: vx1, y1: vy1 } = view;
    const curves = scale > 0.25;
    const hot = this.hot;

    // Edges, batched by style: solid for DIRECT and job flow, dashed for INDIRECT; the selected path on top.
    const styles: [string, boolean, boolean][] = [
      [p.edge, false, false],
      [p.indirect, true, false],
      [p.hot, false, true],
      [p.hot, true, true],
    ];
    for (const [color, dashed, onPath] of styles) {
      if (onPath && !hot) continue;
      ctx.beginPath();
      for (const e of this.edges) {
        if ((e.kind === 'INDIRECT') !== dashed) continue;
        const a = this.nodes[e.a], b = this.nodes[e.b];
        const isHot = !!hot && hot.has(a.id) && hot.has(b.id);
        if (isHot !== onPath) continue;
        const ax = a.x + a.w / 2, bx = b.x - b.w / 2;
        if (Math.max(ax, bx) < vx0 || Math.min(ax, bx) > vx1 || Math.max(a.y, b.y) < vy0 || Math.min(a.y, b.y) > vy1) continue;
        ctx.moveTo(ax, a.y);
        if (curves) {
          const mid = (ax + bx) / 2;
          ctx.bezierCurveTo(mid, a.y, mid, b.y, bx, b.y);
        } else ctx.lineTo(bx, b.y);
      }

      ctx.strokeStyle = hot && !onPath ? p.dim : color;
      ctx.lineWidth = (onPath ? 2.2 : 1.2) / Math.max(scale, 0.3);
      ctx.setLineDash(dashed ? [6 / Math.max(scale, 0.3), 4 / Math.max(scale, 0.3)] : []);
      ctx.stroke();
    }

    ctx.setLineDash([]);
    // Nodes, one fill per colour.
    const visible: DrawNode[] = [];
    for (const n of this.nodes) {
      if (n.x + n.w / 2 < vx0 || n.x - n.w / 2 > vx1 || n.y + n.h / 2 < vy0 || n.y - n.h / 2 > vy1) continue;
      visible.push(n);
    }

    const byColor = new Map<string, DrawNode[]>();
    for (const n of visible) {
      const color = hot && !hot.has(n.id) ? p.dim : this.colorOf(n);
      (byColor.get(color) ?? byColor.set(color, []).get(color)!).push(n);
    }

    for (const [color, list] of byColor) {
      ctx.beginPath();
      for (const n of list) ctx.rect(n.x - n.w / 2, n.y - n.h / 2, n.w, n.h);
      ctx.fillStyle = color;
      ctx.fill();
    }

    if (scale * 12 >= 7 && visible.length < 4000) {
      ctx.fillStyle = p.text;
      ctx.font = '12px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      for (const n of visible) {
        const name = n.kind === 'JOB' ? `job ${n.label}` : n.label;
        const text = n.state ? `${name} · ${n.state}` : name;
        ctx.fillText(text.length > 34 ? `${text.slice(0, 33)}…` : text, n.x - n.w / 2 + 6, n.y, n.w - 10);
      }
    }
  }

  private paintSelection(ctx: CanvasRenderingContext2D, view: { x0: number; y0: number; x1: number; y1: number }) {
    const n = this.selected ? this.nodes.find(x => x.id === this.selected) : undefined;
    if (!n || n.x + n.w / 2 < view.x0 || n.x - n.w / 2 > view.x1 || n.y + n.h / 2 < view.y0 || n.y - n.h / 2 > view.y1) return;
    ctx.strokeStyle = this.palette.select;
    ctx.lineWidth = 3 / this.scale;
    ctx.strokeRect(n.x - n.w / 2 - 2, n.y - n.h / 2 - 2, n.w + 4, n.h + 4);
  }

  private drawMinimap(vx0: number, vy0: number, vx1: number, vy1: number) {
    const m = this.miniTransform();
    const dpr = window.devicePixelRatio || 1;
    if (!this.mini) {
      this.mini = document.createElement('canvas');
      this.mini.width = Math.round(m.w * dpr);
      this.mini.height = Math.round(m.h * dpr);
      const c = this.mini.getContext('2d')!;
      c.setTransform(dpr, 0, 0, dpr, 0, 0);
      c.fillStyle = this.palette.bg;
      c.fillRect(0, 0, m.w, m.h);
      for (const n of this.nodes) {
        c.fillStyle = this.hot && !this.hot.has(n.id) ? this.palette.dim : this.colorOf(n);
        c.fillRect(n.x * m.s + m.dx - 1, n.y * m.s + m.dy - 1, Math.max(2, n.w * m.s), Math.max(2, n.h * m.s));
      }
    }

    if (this.minimap.width !== this.mini.width) {
      this.minimap.width = this.mini.width;
      this.minimap.height = this.mini.height;
    }

    const ctx = this.minimap.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(this.mini, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.strokeStyle = this.palette.view;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(vx0 * m.s + m.dx, vy0 * m.s + m.dy, (vx1 - vx0) * m.s, (vy1 - vy0) * m.s);
  }
}

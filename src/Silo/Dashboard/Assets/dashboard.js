// DataSpine cluster dashboard: plain JavaScript, no dependencies. Polls /dashboard/api/* and draws
// tables and <canvas> line charts. Every value from the server goes into the page as text, never as HTML.
'use strict';

const POLL_MS = 2000;
const COLORS = { calls: '#2f6fdf', errors: '#d64545', mean: '#1b8a4b', p99: '#b7791f', activations: '#7b4fd6', cpu: '#2f6fdf', memory: '#1b8a4b' };
const state = { page: 'overview', view: null, logAfter: 0, remindersLoaded: false, lastOk: 0 };

// ---------- small helpers ----------
function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const fmt = {
  int: n => Math.round(n).toLocaleString('en-US'),
  rate: n => n >= 100 ? Math.round(n).toLocaleString('en-US') : n >= 10 ? n.toFixed(1) : n.toFixed(2),
  ms: n => n === 0 ? '–' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3),
  pct: n => `${n.toFixed(1)} %`,
  bytes: n => n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(2)} GiB` : `${(n / (1 << 20)).toFixed(1)} MiB`,
  uptime: s => {
    s = Math.floor(s);
    const d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    return d > 0 ? `${d}d ${h}h ${m}m` : h > 0 ? `${h}h ${m}m` : m > 0 ? `${m}m ${s % 60}s` : `${s % 60}s`;
  },
  // Chart axes and legends: three significant digits, so that one axis never mixes 10.0 with 60.00.
  axis: n => n === 0 ? '0' : Number(n.toPrecision(3)).toLocaleString('en-US', { maximumFractionDigits: 6 }),
  time: unix => new Date(unix * 1000).toLocaleTimeString('en-GB', { hour12: false }),
};

function row(cells) {
  return el('tr', {}, cells.map(c => c instanceof Node && c.tagName === 'TD' ? c : el('td', {}, c)));
}
const num = value => el('td', { class: 'num' }, value);
const badge = status => el('span', { class: `badge ${status}` }, status);
const NONE = '–';

// A silo by its membership address (what the reminders page and the logs name), its process name beside it.
const siloName = s => [s.address ?? s.silo, s.address ? el('span', { class: 'muted' }, ` ${s.silo}`) : null];
// For a silo that does not answer, uptime runs from its start to when membership last heard of it.
const lastHeardOf = s => fmt.time((Date.parse(s.startedAt) + s.uptimeSeconds * 1000) / 1000);
const silence = s => s.answering ? null
  : el('span', { class: 'badge silent' }, s.status === 'Dead' ? `last heard of ${lastHeardOf(s)}` : 'no answer');

// ---------- charts ----------
// Draws series of {name, color, values} over unix-second times on a canvas, sized for the device's pixels.
function drawChart(canvas, times, series, formatY) {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth, height = canvas.clientHeight;
  if (width === 0 || height === 0) return;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext('2d');
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, width, height);

  const pad = { left: 52, right: 12, top: 22, bottom: 22 };
  const w = width - pad.left - pad.right, h = height - pad.top - pad.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap(s => s.values)));
  g.font = '11px system-ui, sans-serif';

  // Grid and y labels.
  g.strokeStyle = '#e6eaf0';
  g.fillStyle = '#7a8699';
  g.lineWidth = 1;
  g.textAlign = 'right';
  g.textBaseline = 'middle';
  for (let i = 0; i <= 4; i++) {
    const y = pad.top + h - h * i / 4;
    g.beginPath();
    g.moveTo(pad.left, Math.round(y) + 0.5);
    g.lineTo(pad.left + w, Math.round(y) + 0.5);
    g.stroke();
    g.fillText(formatY(max * i / 4), pad.left - 6, y);
  }

  // X labels: first, middle and last second.
  g.textBaseline = 'top';
  if (times.length > 0) {
    const x = i => pad.left + (times.length === 1 ? w : w * i / (times.length - 1));
    const marks = [...new Set([0, Math.floor((times.length - 1) / 2), times.length - 1])];
    marks.forEach((i, k) => {
      g.textAlign = k === 0 ? 'left' : k === marks.length - 1 ? 'right' : 'center';
      g.fillText(fmt.time(times[i]), x(i), pad.top + h + 6);
    });

    for (const s of series) {
      g.strokeStyle = s.color;
      g.lineWidth = 2;
      g.lineJoin = 'round';
      g.beginPath();
      s.values.forEach((v, i) => {
        const y = pad.top + h - (max === 0 ? 0 : h * v / max);
        if (i === 0) g.moveTo(x(i), y); else g.lineTo(x(i), y);
      });
      if (s.values.length === 1) g.lineTo(x(0) - 3, pad.top + h - (max === 0 ? 0 : h * s.values[0] / max));
      g.stroke();
    }
  } else {
    g.textAlign = 'center';
    g.fillText('waiting for data…', pad.left + w / 2, pad.top + h / 2);
  }

  // Legend, top right.
  g.textAlign = 'left';
  g.textBaseline = 'middle';
  let lx = pad.left + w;
  for (const s of [...series].reverse()) {
    const label = `${s.name} ${s.values.length ? formatY(s.values[s.values.length - 1]) : ''}`;
    lx -= g.measureText(label).width + 26;
    g.fillStyle = s.color;
    g.fillRect(lx, 5, 12, 3);
    g.fillStyle = '#445066';
    g.fillText(label, lx + 16, 7);
  }
  canvas.dataset.points = String(times.length);
}

// The top of the y axis: four equal steps of a round size (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k).
function niceMax(v) {
  if (v <= 0) return 1;
  const step = v / 4, p = Math.pow(10, Math.floor(Math.log10(step)));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step <= m * p) return 4 * m * p;
  return 40 * p;
}

// ---------- pages ----------
function renderOverview(view) {
  const t = view.totals, c = t.calls;
  const kpis = [
    ['Silos', `${t.activeSilos} / ${t.silos}`],
    ['Activations', fmt.int(t.activations)],
    ['Calls / s', fmt.rate(c.callsPerSecond)],
    ['Errors / s', fmt.rate(c.errorsPerSecond), c.errorsPerSecond > 0],
    ['Mean latency', `${fmt.ms(c.meanMilliseconds)} ms`],
    ['p99 latency', `${fmt.ms(c.p99Milliseconds)} ms`],
  ];
  document.getElementById('kpis').replaceChildren(...kpis.map(([label, value, bad]) =>
    el('div', { class: 'kpi' }, el('div', { class: 'label' }, label), el('div', { class: bad ? 'value bad' : 'value' }, value))));

  const times = view.history.map(p => p.unixSecond);
  drawChart(document.getElementById('chart-calls'), times, [
    { name: 'calls/s', color: COLORS.calls, values: view.history.map(p => p.calls) },
    { name: 'errors/s', color: COLORS.errors, values: view.history.map(p => p.errors) },
  ], fmt.axis);
  drawChart(document.getElementById('chart-latency'), times, [
    { name: 'mean', color: COLORS.mean, values: view.history.map(p => p.meanMilliseconds) },
    { name: 'p99', color: COLORS.p99, values: view.history.map(p => p.p99Milliseconds) },
  ], fmt.axis);
  drawChart(document.getElementById('chart-activations'), times, [
    { name: 'activations', color: COLORS.activations, values: view.history.map(p => p.activations) },
  ], fmt.int);

  document.querySelector('#silo-list tbody').replaceChildren(...view.silos.map(s => {
    const tr = row([
      el('td', { class: 'silo-name' }, siloName(s)), el('td', {}, badge(s.status), ' ', silence(s)),
      s.answering ? fmt.uptime(s.uptimeSeconds) : NONE,
      ...(s.answering ? [num(fmt.int(s.activations)), num(fmt.rate(s.calls.callsPerSecond)), num(fmt.rate(s.calls.errorsPerSecond)),
        num(fmt.ms(s.calls.p99Milliseconds)), num(fmt.pct(s.process.cpuPercent)), num(fmt.bytes(s.process.workingSetBytes))]
        : Array.from({ length: 6 }, () => num(NONE))),
    ]);
    tr.dataset.silo = s.silo;
    if (s.address) tr.dataset.address = s.address;
    if (!s.answering) tr.className = 'silent';
    return tr;
  }));
}

function renderGrains(view) {
  const rows = [];
  for (const t of view.grainTypes) {
    const bySilo = t.activationsBySilo.length === 0 ? NONE
      : el('td', { class: 'by-silo' }, t.activationsBySilo.map(s => el('div', {}, `${s.silo}: ${fmt.int(s.activations)}`)));
    const tr = row([t.grainType, num(fmt.int(t.activations)), bySilo, num(fmt.rate(t.calls.callsPerSecond)),
      num(fmt.int(t.calls.calls)), num(fmt.int(t.calls.errors)), num(fmt.ms(t.calls.meanMilliseconds)), num(fmt.ms(t.calls.p99Milliseconds))]);
    tr.className = 'type';
    rows.push(tr);
    for (const m of t.methods) {
      const mr = row([m.method, num(''), '', num(fmt.rate(m.calls.callsPerSecond)), num(fmt.int(m.calls.calls)),
        num(fmt.int(m.calls.errors)), num(fmt.ms(m.calls.meanMilliseconds)), num(fmt.ms(m.calls.p99Milliseconds))]);
      mr.className = 'method';
      rows.push(mr);
    }
  }
  if (rows.length === 0) rows.push(el('tr', {}, el('td', { class: 'none', colspan: '8' }, 'No grain activations or calls yet.')));
  document.querySelector('#grain-types tbody').replaceChildren(...rows);
}

function renderSilos(view) {
  const container = document.getElementById('silo-cards');
  const silent = view.silos.filter(s => !s.answering).map(s => el('div', { class: 'card silent' },
    el('div', { class: 'silo-head' }, el('h3', {}, siloName(s)), badge(s.status), silence(s),
      el('span', { class: 'muted' }, `started ${new Date(s.startedAt).toLocaleString('en-GB')}; `
        + (s.status === 'Dead' ? 'its grains have moved to the live silos' : 'membership still lists it, but it does not answer')))));
  const cards = view.silos.filter(s => s.answering).map(s => {
    const p = s.process;
    const stats = [
      ['CPU', fmt.pct(p.cpuPercent)], ['Working set', fmt.bytes(p.workingSetBytes)], ['GC heap', fmt.bytes(p.gcHeapBytes)],
      ['GC gen0 / 1 / 2', `${p.gen0Collections} / ${p.gen1Collections} / ${p.gen2Collections}`],
      ['Thread pool threads', fmt.int(p.threadPoolThreads)], ['Thread pool queue', fmt.int(p.threadPoolQueueLength)],
      ['Processors', p.processorCount], ['Activations', fmt.int(s.activations)], ['Calls / s', fmt.rate(s.calls.callsPerSecond)],
    ];
    const cpu = el('canvas', { class: 'chart small' });
    const memory = el('canvas', { class: 'chart small' });
    const types = s.activationsByType.map(t => row([t.grainType, num(fmt.int(t.activations))]));
    if (types.length === 0) types.push(el('tr', {}, el('td', { class: 'none', colspan: '2' }, 'No activations.')));
    const card = el('div', { class: 'card' },
      el('div', { class: 'silo-head' }, el('h3', {}, siloName(s)), badge(s.status),
        el('span', { class: 'muted' }, `up ${fmt.uptime(s.uptimeSeconds)}, since ${new Date(s.startedAt).toLocaleString('en-GB')}`)),
      el('div', { class: 'stats' }, stats.map(([label, value]) =>
        el('div', { class: 'stat' }, el('div', { class: 'label' }, label), el('div', { class: 'value' }, value)))),
      el('div', { class: 'silo-charts' },
        el('div', {}, el('div', { class: 'caption' }, 'CPU %'), cpu),
        el('div', {}, el('div', { class: 'caption' }, 'Working set (MiB)'), memory)),
      el('table', { class: 'grid' }, el('thead', {}, el('tr', {}, el('th', {}, 'Grain type'), el('th', { class: 'num' }, 'Activations'))),
        el('tbody', {}, types)));
    return { card, cpu, memory, s };
  });
  container.replaceChildren(...cards.map(c => c.card), ...silent);
  for (const { cpu, memory, s } of cards) {
    const times = s.history.map(p => p.unixSecond);
    drawChart(cpu, times, [{ name: 'CPU %', color: COLORS.cpu, values: s.history.map(p => p.cpuPercent) }], v => v.toFixed(0));
    drawChart(memory, times, [{ name: 'MiB', color: COLORS.memory, values: s.history.map(p => p.workingSetBytes / (1 << 20)) }], v => v.toFixed(0));
  }
}

async function loadReminders() {
  const reminders = await getJson('/dashboard/api/reminders');
  document.querySelector('#reminders tbody').replaceChildren(...reminders.map(r => row([
    `${r.grainType}/${r.grainKey}`, r.name, new Date(r.startAt).toLocaleString('en-GB'), r.schedule || r.period,
    r.nextDue ? new Date(r.nextDue).toLocaleString('en-GB') : '–', r.silo || '–'])));
  document.getElementById('reminders').hidden = reminders.length === 0;
  document.getElementById('reminders-empty').hidden = reminders.length !== 0;
  state.remindersLoaded = true;
}

async function pollLogs() {
  const lines = await getJson(`/dashboard/api/logs?after=${state.logAfter}`);
  if (lines.length === 0) return;
  const box = document.getElementById('log');
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  for (const l of lines) {
    box.append(el('span', { class: `line ${l.level}` },
      el('span', { class: 'at' }, new Date(l.at).toLocaleTimeString('en-GB', { hour12: false })), ' ',
      el('span', { class: 'lvl' }, l.level.slice(0, 4).toUpperCase()), ' ',
      el('span', { class: 'cat', title: l.category }, l.category.split('.').pop()), ' ', l.message,
      l.exception ? el('span', { class: 'exc' }, `\n    ${l.exception}`) : null));
    state.logAfter = l.sequence;
  }
  while (box.childElementCount > 500) box.firstElementChild.remove();
  if (atBottom) box.scrollTop = box.scrollHeight;
}

// ---------- plumbing ----------
async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function render() {
  if (!state.view) return;
  if (state.page === 'overview') renderOverview(state.view);
  if (state.page === 'grains') renderGrains(state.view);
  if (state.page === 'silos') renderSilos(state.view);
}

async function tick() {
  try {
    if (state.page === 'logs') await pollLogs();
    else if (state.page === 'reminders') { if (!state.remindersLoaded) await loadReminders(); }
    else { state.view = await getJson('/dashboard/api/snapshot'); render(); }
    state.lastOk = Date.now();
    const f = document.getElementById('freshness');
    f.textContent = `updated ${new Date().toLocaleTimeString('en-GB', { hour12: false })}`;
    f.classList.remove('stale');
  } catch (error) {
    const f = document.getElementById('freshness');
    f.textContent = `no answer from the node (${error.message})`;
    f.classList.add('stale');
  }
}

function show(page) {
  state.page = ['overview', 'grains', 'silos', 'reminders', 'logs'].includes(page) ? page : 'overview';
  for (const section of document.querySelectorAll('.page')) section.hidden = section.id !== `page-${state.page}`;
  for (const link of document.querySelectorAll('#nav a')) link.classList.toggle('active', link.dataset.page === state.page);
  if (state.page === 'reminders') state.remindersLoaded = false;
  render();
  tick();
}

window.addEventListener('hashchange', () => show(location.hash.slice(1)));
window.addEventListener('resize', render);
show(location.hash.slice(1));
setInterval(() => { if (!document.hidden) tick(); }, POLL_MS);

// UI benchmark (not a test): cold load of the search page to interactive, and the JavaScript the first page ships.
// Usage: node e2e/bench.mjs <base url>
import { gzipSync } from 'node:zlib';
import { openBrowser } from './kit.mjs';

const [base] = process.argv.slice(2);
const html = await (await fetch(`${base}/`, { headers: { Accept: 'text/html' } })).text();
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(m => m[1]);
let gzipped = 0;
let raw = 0;
for (const src of scripts) {
  const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
  raw += body.length;
  gzipped += gzipSync(body, { level: 9 }).length;
}

const runs = [];
for (let i = 0; i < 5; i++) {
  // A new browser each run: nothing cached.
  const ui = await openBrowser('/tmp');
  await ui.page.goto(`${base}/?q=cust`);
  await ui.page.waitForSelector('[role=option]');
  // The app's own marks: when React rendered the search box, and the first results (no polling delay).
  const mark = name => ui.page.evaluate(n => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? -1), name);
  const interactive = await mark('dataspine:search-ready');
  const results = await mark('dataspine:search-results');
  const nav = await ui.page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { responseEnd: Math.round(n.responseEnd), domContentLoaded: Math.round(n.domContentLoadedEventEnd) };
  });
  runs.push({ ...nav, interactive: Math.round(interactive), results: Math.round(results) });
  await ui.close();
}

const median = key => runs.map(r => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(JSON.stringify({ firstPageScripts: scripts, firstPageJsBytes: raw, firstPageJsGzipBytes: gzipped, runs }));
console.log(`first page JavaScript: ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (target <= 300 KB)`);
console.log(`cold load of /?q=cust: search box interactive ${median('interactive')} ms, first results ${median('results')} ms (median of ${runs.length}; target <= 1000 ms)`);

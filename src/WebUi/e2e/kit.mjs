// Helpers for the browser tests and benchmarks: Debian's Chromium driven by playwright-core (no browser download).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The API key the tests give (DATASPINE_API_KEY); the node refuses every API call without one. */
export const apiKey = process.env.DATASPINE_API_KEY ?? '';
export const authHeaders = () => (apiKey ? { Authorization: `Bearer ${apiKey}` } : {});

/** signedIn: the key is put in the tab's sessionStorage before any page script runs, as the sign-in page would. */
export async function openBrowser(shots, { width = 1360, height = 900, signedIn = true } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width, height } });
  if (signedIn && apiKey) {
    await page.addInitScript(key => sessionStorage.setItem('dataspine.apiKey', key), apiKey);
  }
  const seen = { screenshots: [], errors: [], axe: {}, steps: [] };
  page.on('pageerror', e => seen.errors.push(`pageerror: ${e}`));
  // A refused request (4xx the test provokes on purpose) logs "Failed to load resource"; anything else is a fault.
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) seen.errors.push(m.text());
  });
  return {
    browser, page, seen,
    step(name) {
      seen.steps.push(name);
      console.error(`step: ${name}`);
    },
    async shot(name) {
      const path = `${shots}/${name}.png`;
      await page.screenshot({ path, fullPage: false });
      seen.screenshots.push(path);
    },
    /** axe-core in the page (evaluated over CDP, so the page's CSP stays on); serious and critical violations are kept. */
    async axe(name) {
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }));
      });
      seen.axe[name] = violations;
    },
    close: () => browser.close(),
  };
}

/**
 * Runs a browser script's steps, then prints what it saw as JSON and fails on a failed step, a serious or critical
 * axe violation or a page error; prints `passed` otherwise.
 */
export async function runSteps(ui, steps, passed) {
  const { seen } = ui;
  try {
    await steps();
  } catch (error) {
    seen.failure = `${seen.steps[seen.steps.length - 1]}: ${error.message}`;
    await ui.shot('failure').catch(() => {});
  } finally {
    await ui.close();
  }

  console.log(JSON.stringify(seen));
  const serious = Object.entries(seen.axe).filter(([, v]) => v.length > 0);
  if (seen.failure) throw new Error(seen.failure);
  if (serious.length) throw new Error(`axe: ${JSON.stringify(serious)}`);
  if (seen.errors.length) throw new Error(`page errors: ${seen.errors.join('; ')}`);
  console.log(passed);
}

export const sleep = ms => new Promise(r => setTimeout(r, ms));

/** Waits until the lineage explorer has laid out at least `count` times and returns its figures. */
export async function graphStats(page, laidOutAtLeast = 1, timeout = 60000) {
  await page.waitForFunction(
    n => Number(document.querySelector('[data-testid=graph-stats]')?.dataset.laidOut ?? 0) >= n,
    laidOutAtLeast,
    { timeout },
  );
  return page.evaluate(() => {
    const d = document.querySelector('[data-testid=graph-stats]').dataset;
    return { nodes: Number(d.nodes), edges: Number(d.edges), layoutMs: Number(d.layoutMs), laidOut: Number(d.laidOut) };
  });
}

/** Pixels of the graph canvas that differ from its top-left (background) pixel: something was drawn. */
export function drawnPixels(page) {
  return page.evaluate(() => {
    const c = document.querySelector('canvas.graph');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - d[0]) + Math.abs(d[i + 1] - d[1]) + Math.abs(d[i + 2] - d[2]) > 30) n++;
    return n;
  });
}

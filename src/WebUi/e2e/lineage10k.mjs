// Loads a generated 10,000-node lineage graph into the explorer, then pans and zooms while a PerformanceObserver
// records main-thread long tasks. Prints the figures as one JSON line.
// Usage: node e2e/lineage10k.mjs <base url> <screenshot folder> [root node id: skips seeding]
import { graphStats, openBrowser } from './kit.mjs';
import { seedLayeredGraph } from './graph10k.mjs';

const [base, shots, givenRoot] = process.argv.slice(2);
const figures = {};
let started = Date.now();
const seeded = givenRoot ? { rootId: givenRoot } : await seedLayeredGraph(base);
figures.seedSeconds = (Date.now() - started) / 1000;
figures.expected = seeded;

const ui = await openBrowser(shots);
const { page, seen } = ui;
try {
  started = Date.now();
  await page.goto(`${base}/lineage?nodeId=${encodeURIComponent(seeded.rootId)}&depth=100&direction=downstream`);
  const stats = await graphStats(page, 1, 240000);
  figures.loadToLaidOutSeconds = (Date.now() - started) / 1000;
  figures.graph = stats;
  await page.waitForTimeout(500);

  // Long tasks from here on: panning and zooming only.
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver(list => list.getEntries().forEach(e => window.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  const box = await page.locator('canvas.graph').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    window.__frames = 0;
    const count = () => {
      window.__frames++;
      requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  const interactionStart = Date.now();
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 0; i < 20; i++) await page.mouse.move(cx - i * 15, cy + (i % 5) * 8);
    await page.mouse.up();
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -240);
    await page.waitForTimeout(100);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 300);
  }

  await page.click('button:text("Fit")');
  await page.waitForTimeout(400);
  figures.interactionSeconds = (Date.now() - interactionStart) / 1000;
  const tasks = await page.evaluate(() => window.__longTasks);
  figures.frames = await page.evaluate(() => window.__frames);
  figures.longTasks = tasks.length;
  figures.longestTaskMs = Math.round(Math.max(0, ...tasks));
  await ui.shot('lineage-10k');
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -240);
  await page.waitForTimeout(300);
  await ui.shot('lineage-10k-zoomed');
} catch (error) {
  figures.failure = error.message;
  await ui.shot('lineage-10k-failure').catch(() => {});
} finally {
  await ui.close();
}

figures.errors = seen.errors;
figures.screenshots = seen.screenshots;
console.log(JSON.stringify(figures));
if (figures.failure) throw new Error(figures.failure);
if (seen.errors.length) throw new Error(`page errors: ${seen.errors.join('; ')}`);
console.log('lineage 10k done');

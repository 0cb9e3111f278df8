// The end-to-end flow of issue 15 against a real node with the sample catalog.
// Usage: node e2e/flow.mjs <base url> <screenshot folder> <sqlite file to add as a source> <registry subject with two versions>
import { apiKey, drawnPixels, graphStats, openBrowser, runSteps } from './kit.mjs';

const [base, shots, sqliteFile, subject] = process.argv.slice(2);
const run = Date.now().toString(36);
const ui = await openBrowser(shots, { signedIn: false });
const { page, seen } = ui;
const visited = [];
const expectText = async (text, timeout = 30000) => page.getByText(text, { exact: false }).first().waitFor({ timeout });

await runSteps(ui, async () => {
  ui.step('sign in');
  await page.goto(`${base}/`);
  await page.fill('#api-key', 'dsk_not_a_key');
  await page.click('button[type=submit]');
  await expectText('unauthenticated');
  await ui.axe('sign-in');
  await page.fill('#api-key', apiKey);
  await page.click('button[type=submit]');

  ui.step('search');
  await page.fill('#search-input', 'cust');
  await page.waitForSelector('[role=option] .hit-name:text-is("customers")', { timeout: 30000 });
  seen.highlighted = await page.locator('[role=option] mark').count();
  seen.facets = await page.locator('.facets .facet').count();
  seen.searchUrl = page.url();
  await page.waitForFunction(() => /ready · v\d/.test(document.querySelector('.health')?.textContent ?? ''), null, { timeout: 30000 });
  seen.healthLine = await page.locator('.health').innerText();
  await ui.axe('search');
  await ui.shot('search');
  visited.push([page.url(), '[role=option] .hit-name:text-is("customers")']);

  ui.step('keyboard opens the customers asset');
  const names = await page.locator('[role=option] .hit-name').allTextContents();
  for (let i = 0; i < names.indexOf('customers'); i++) await page.press('#search-input', 'ArrowDown');
  await page.press('#search-input', 'Enter');
  await page.waitForURL(/\/assets\/sample-shop\/main\.customers$/);
  await page.waitForSelector('.chip.pii');
  seen.piiChips = await page.locator('table.columns .chip.pii').allTextContents();
  seen.nullPlotBars = await page.locator('figure.null-fraction svg g').count();
  await page.locator('table.columns .chip.pii').first().focus();
  seen.evidenceShown = await page.locator('table.columns .chip.pii').first().locator('.tip').isVisible();
  seen.evidence = await page.locator('table.columns .chip.pii').first().locator('.tip').innerText();
  await ui.axe('asset');
  await ui.shot('asset');
  await page.emulateMedia({ colorScheme: 'dark' });
  await ui.axe('asset-dark');
  await ui.shot('asset-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  visited.push([page.url(), 'figure.null-fraction']);

  ui.step('glossary: create a term');
  await page.goto(`${base}/glossary`);
  const term = `Customer contact ${run}`;
  await page.fill('#new-name', term);
  await page.fill('#new-definition', 'How we reach a customer.');
  await page.fill('#new-synonyms', 'contact, reach');
  await page.click('button:text("Create term")');
  await page.waitForURL(/\/glossary\/[^/]+$/);
  const termUrl = page.url();
  await ui.axe('glossary');

  ui.step('assign the term to the asset and its email column');
  await page.goto(`${base}/assets/sample-shop/main.customers`);
  await page.click('button:text("Assign terms")');
  await page.getByLabel('Terms of the asset').selectOption({ label: term });
  await page.getByLabel('Terms of column email').selectOption({ label: term });
  await page.click('button:text("Save terms")');
  await page.waitForSelector(`table.columns .chip.term:text("${term}")`, { timeout: 30000 });
  seen.termOnAsset = await page.locator(`.facts .chip.term:text("${term}")`).count();
  await page.goto(termUrl);
  await expectText('main.customers');
  seen.termUsedBy = await page.locator('ul.plain li').allTextContents();
  await ui.shot('glossary-term');
  visited.push([termUrl, `h1:text("${term}")`]);

  ui.step('lineage of customer_totals');
  await page.goto(`${base}/assets/sample-shop/main.customer_totals`);
  await page.click('a:text("Open in the lineage explorer")');
  await page.waitForURL(/\/lineage\?nodeId=/);
  const first = await graphStats(page, 1);
  seen.lineageStart = first;
  // main.orders is a stub at depth 1; it also feeds recent_orders, which one hop more brings in.
  await page.fill('#find', 'orders');
  await page.click('.found button:text-is("main.orders")');
  await page.click('.selected button:text("Expand")');
  await page.waitForFunction(n => Number(document.querySelector('[data-testid=graph-stats]').dataset.nodes) > n, first.nodes, { timeout: 30000 });
  const expanded = await graphStats(page, first.laidOut + 1);
  seen.lineageExpanded = expanded;
  await page.click('button:text("Fit")');
  await page.waitForTimeout(300);
  seen.lineagePixels = await drawnPixels(page);
  await ui.axe('lineage');
  await ui.shot('lineage');
  visited.push([page.url(), 'canvas.graph']);

  ui.step('column lineage');
  await page.click('label:has-text("columns") input');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('level') === 'column');
  const columns = await graphStats(page, expanded.laidOut + 1);
  if (columns.nodes === 0) throw new Error('column lineage drew nothing');
  seen.columnLineage = columns;
  await page.waitForTimeout(300);
  await ui.shot('lineage-columns');

  ui.step('registry: diff two versions');
  await page.goto(`${base}/schemas`);
  await page.click(`a:text-is("${subject}")`);
  await page.waitForSelector('[data-testid=schema-diff] .line-added', { timeout: 30000 });
  seen.diffAdded = await page.locator('[data-testid=schema-diff] .line-added').allTextContents();
  seen.compatibility = await page.locator('p strong').first().innerText();
  await ui.axe('registry');
  await ui.shot('registry');
  visited.push([page.url(), '[data-testid=schema-diff]']);

  ui.step('add a SQLite source: first without a name (the API says why, next to the field)');
  await page.goto(`${base}/sources`);
  await page.click('button:text("Add a source")');
  await page.selectOption('#src-type', 'sqlite');
  await page.fill('#src-connection', sqliteFile);
  await page.click('button:text("Add source")');
  await page.waitForSelector('#err-name', { timeout: 30000 });
  seen.nameError = await page.locator('#err-name').innerText();
  await ui.axe('sources');
  await ui.shot('source-form-error');
  await page.fill('#src-name', `e2e-${run}`);
  await page.click('button:text("Add source")');
  await page.waitForURL(/\/sources\/[^/?]+$/);
  const sourceUrl = page.url();
  await page.click('button:text("Test connection")');
  await expectText('Reached in');

  ui.step('scan it and watch the progress reach success');
  await page.click('button:text("Scan now")');
  await page.waitForURL(/\/scans\/[^/]+$/);
  await page.waitForFunction(() => document.querySelector('[data-testid=scan-status]')?.textContent === 'Succeeded', null, { timeout: 60000 });
  seen.scanProgress = await page.locator('progress').getAttribute('value');
  seen.scanCounters = await page.locator('dl.counters').innerText();
  await ui.axe('scan');
  await ui.shot('scan');
  const scanUrl = page.url();
  visited.push([scanUrl, '[data-testid=scan-status]']);

  ui.step('the source page lists the scan in its history, linking it');
  await page.goto(sourceUrl);
  const historyLink = `[data-testid=scan-history] a[href="${new URL(scanUrl).pathname}"]`;
  await page.waitForSelector(historyLink, { timeout: 30000 });
  seen.scanHistory = await page.locator('[data-testid=scan-history] tbody tr').first().innerText();
  await ui.axe('source');
  await ui.shot('source');
  await page.click(historyLink);
  await page.waitForURL(scanUrl);
  visited.push([sourceUrl, 'button:text("Scan now")']);

  ui.step('deep links reload to the same page; back works');
  seen.reloaded = [];
  for (const [url, selector] of visited) {
    await page.goto(url);
    await page.reload();
    await page.waitForSelector(selector, { timeout: 30000 });
    seen.reloaded.push(page.url() === url ? url : `MOVED ${url} -> ${page.url()}`);
  }

  await page.goBack();
  await page.waitForURL(visited[visited.length - 2][0]);
  seen.backWorked = true;
}, 'ui flow passed');

// Stewardship in the browser against a real node with the sample catalog: a term through review to approved, a
// viewer refused (403 shown), a class rejected with a reason that stays rejected after a reload, a description
// that search then finds, and the glossary-term facet with its filter in the URL.
// Usage: node e2e/stewardship.mjs <base url> <screenshot folder> <viewer key>
import { authHeaders, openBrowser, runSteps } from './kit.mjs';

const [base, shots, viewerKey] = process.argv.slice(2);
const run = Date.now().toString(36);
const ui = await openBrowser(shots);
const { page, seen } = ui;
const api = async (method, path, body) => {
  const response = await fetch(`${base}${path}`, {
    method, headers: { 'Content-Type': 'application/json', ...authHeaders() }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
};
const status = () => page.locator('[data-testid=term-status]').innerText();
const waitStatus = text => page.waitForFunction(t => document.querySelector('[data-testid=term-status]')?.textContent === t, text, { timeout: 15000 });

await runSteps(ui, async () => {
  ui.step('a draft term goes to review and is approved');
  const termName = `Lifetime value ${run}`;
  const term = await api('POST', '/api/v1/glossary/terms', { name: termName, definition: 'What a customer spends over all orders.', status: 'draft' });
  await page.goto(`${base}/glossary/${term.id}`);
  await waitStatus('draft');
  await page.click('button:text-is("Submit for review")');
  await waitStatus('in review');
  await page.click('button:text-is("Approve")');
  await waitStatus('approved');
  seen.termStatus = await status();
  await page.emulateMedia({ colorScheme: 'dark' });
  await ui.axe('term-review-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForSelector('table.history td:text-is("approved")');
  seen.termHistory = await page.locator('table.history tbody tr td:nth-child(3)').allTextContents();
  await ui.axe('term-review');
  await ui.shot('term-review');

  ui.step('a viewer is refused, and the page says why');
  const viewer = await ui.browser.newPage({ viewport: { width: 1360, height: 900 } });
  await viewer.addInitScript(key => sessionStorage.setItem('dataspine.apiKey', key), viewerKey);
  await viewer.goto(`${base}/glossary/${term.id}`);
  await viewer.click('button:text-is("Deprecate")');
  await viewer.fill('.reason input', 'Trying as a viewer.');
  await viewer.click('.reason button[type=submit]');
  await viewer.waitForSelector('.error[role=alert]:has-text("forbidden")', { timeout: 15000 });
  seen.viewerRefusal = await viewer.locator('.error[role=alert]').innerText();
  await viewer.screenshot({ path: `${shots}/term-viewer-refused.png` });
  await viewer.close();
  await page.reload();
  await waitStatus('approved');

  ui.step('reject a suggested class with a reason');
  await page.goto(`${base}/assets/sample-shop/main.customers`);
  const pending = page.locator('li.review[data-status=pending]').first();
  await pending.waitFor({ timeout: 30000 });
  const className = await pending.getAttribute('data-class');
  const column = await pending.locator('xpath=ancestor::div[contains(@class,"review-column")]').getAttribute('data-column');
  seen.rejected = `${column}:${className}`;
  const row = page.locator(`.review-column[data-column="${column}"] li.review[data-class="${className}"]`);
  await row.locator('button:text-is("Reject")').click();
  await row.locator('.reason input').fill(`Test data only, not real ${run}.`);
  await row.locator('.reason button[type=submit]').click();
  await page.waitForSelector(`.review-column[data-column="${column}"] li.review[data-class="${className}"][data-status=rejected]`, { timeout: 15000 });
  await page.reload();
  await page.waitForSelector(`.review-column[data-column="${column}"] li.review[data-class="${className}"][data-status=rejected]`, { timeout: 30000 });
  seen.decisionAfterReload = await row.locator('.decision').innerText();
  if (!seen.decisionAfterReload.includes(`not real ${run}`)) throw new Error(`the reason is not shown after a reload: ${seen.decisionAfterReload}`);

  ui.step('edit the description and owners, then find the asset by a word of it');
  const word = `stewardword${run}`;
  await page.click('button:text-is("Edit description and owners")');
  await page.fill('.annotation textarea', `Every customer who ever ordered; curated ${word}.`);
  await page.fill('.annotation input', 'ada@example.com, group:crm-team');
  await page.click('.annotation button[type=submit]');
  await page.waitForFunction(w => document.querySelector('[data-testid=description]')?.textContent?.includes(w), word, { timeout: 15000 });
  seen.owners = await page.locator('[data-testid=owners]').innerText();
  await page.evaluate(() => window.scrollTo(0, 0));
  await ui.shot('asset-description');
  await ui.axe('asset-stewardship');
  await page.locator('section.class-review').scrollIntoViewIfNeeded();
  await ui.shot('asset-stewardship');
  await page.emulateMedia({ colorScheme: 'dark' });
  await ui.axe('asset-stewardship-dark');
  await ui.shot('asset-stewardship-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${base}/search?q=${word}`);
  await page.waitForSelector('[role=option] .hit-name:text-is("customers")', { timeout: 30000 });

  ui.step('the glossary-term facet filters, and the filter is in the URL');
  await api('PUT', '/api/v1/glossary/assignments/sample-shop/main.customers', { terms: [term.id] });
  await page.goto(`${base}/search?q=cust`);
  const facet = page.locator(`.facets fieldset:has(legend:text-is("glossary term")) label.facet:has-text("${termName}")`);
  await facet.waitFor({ timeout: 30000 });
  seen.termFacet = await facet.innerText();
  await facet.locator('input').check();
  await page.waitForURL(new RegExp(`term=${term.id}`));
  await page.waitForFunction(() => document.querySelectorAll('[role=option]').length === 1, null, { timeout: 15000 });
  seen.filteredHits = await page.locator('[role=option] .hit-name').allTextContents();
  seen.facetUrl = page.url();
  await ui.axe('search-term-facet');
  await ui.shot('search-term-facet');
  await page.reload();
  await page.waitForSelector('[role=option] .hit-name:text-is("customers")', { timeout: 30000 });
  if ((await page.locator('[role=option]').count()) !== 1) throw new Error('the term filter did not survive a reload');
}, 'stewardship flow passed');

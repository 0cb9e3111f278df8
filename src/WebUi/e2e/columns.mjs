// An asset with thousands of columns renders only the rows in view (the columns table is windowed), and scrolling
// brings the last column in. Usage: node e2e/columns.mjs <base url> <screenshot folder> <asset id> <last column name>
import { openBrowser, runSteps } from './kit.mjs';

const [base, shots, assetId, lastColumn] = process.argv.slice(2);
const ui = await openBrowser(shots);
const { page, seen } = ui;
const rows = () => page.locator('table.columns tbody tr[data-index]').count();

await runSteps(ui, async () => {
  ui.step('open the wide asset');
  await page.goto(`${base}/assets/${assetId}`);
  await page.waitForSelector('table.columns tbody tr[data-index]', { timeout: 30000 });
  seen.heading = await page.locator('h2:has-text("Columns (")').innerText();
  seen.rowsAtTop = await rows();
  await ui.axe('wide-asset');
  await ui.shot('wide-asset');

  ui.step('scroll to the end of the columns table');
  const box = page.locator('.windowed:has(table.columns)');
  await box.evaluate(b => b.scrollTo(0, b.scrollHeight));
  await page.waitForSelector(`table.columns tbody th:text-is("${lastColumn}")`, { timeout: 10000 });
  seen.rowsAtEnd = await rows();
  seen.lastIndex = Number(await page.locator('table.columns tbody tr[data-index]').last().getAttribute('data-index'));
  await ui.shot('wide-asset-end');
}, 'columns window passed');

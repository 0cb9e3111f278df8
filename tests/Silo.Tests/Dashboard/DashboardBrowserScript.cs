namespace DataSpine.Silo.Tests.Dashboard;

/// <summary>
/// Opens /dashboard in headless Chromium (playwright-core driving /usr/bin/chromium), keeps a little grain
/// traffic going, waits for the silo list and for the charts' lines to be drawn (pixels in the series'
/// colours), visits every page, saves screenshots and prints what it saw as one JSON line.
/// Arguments: base URL, the silo name to expect, the screenshot folder.
/// </summary>
internal static class DashboardBrowserScript
{
    public const string Text = """
        import { chromium } from 'playwright-core';

        const [base, expectedSilo, shots] = process.argv.slice(2);
        const seen = { silos: [], pixels: {}, screenshots: [], errors: [] };
        const browser = await chromium.launch({
          executablePath: '/usr/bin/chromium',
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage'],
        });
        let traffic = true;
        const load = (async () => {
          while (traffic) {
            await fetch(`${base}/api/v1/cluster/silos`).catch(() => {});
            await fetch(`${base}/api/v1/sources/no-such-source`).catch(() => {});
            await new Promise(r => setTimeout(r, 50));
          }
        })();
        try {
          const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
          page.on('pageerror', e => seen.errors.push(String(e)));
          page.on('console', m => { if (m.type() === 'error') seen.errors.push(m.text()); });

          // Pixels of one colour (within a tolerance) on a canvas: the drawn series, not the grid.
          const pixels = (selector, rgb) => page.evaluate(([selector, rgb]) => {
            let n = 0;
            for (const c of document.querySelectorAll(selector)) {
              if (c.width === 0) continue;
              const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              for (let i = 0; i < d.length; i += 4) {
                if (d[i + 3] > 200 && Math.abs(d[i] - rgb[0]) < 40 && Math.abs(d[i + 1] - rgb[1]) < 40 && Math.abs(d[i + 2] - rgb[2]) < 40) n++;
              }
            }
            return n;
          }, [selector, rgb]);
          const waitForLine = async (name, selector, rgb) => {
            const deadline = Date.now() + 30000;
            while ((seen.pixels[name] = await pixels(selector, rgb)) < 150) {
              if (Date.now() > deadline) throw new Error(`${name}: the chart did not draw (${seen.pixels[name]} pixels)`);
              await page.waitForTimeout(500);
            }
          };
          const shot = async name => {
            const path = `${shots}/${name}.png`;
            await page.screenshot({ path, fullPage: true });
            seen.screenshots.push(path);
          };

          await page.goto(`${base}/dashboard`);
          await page.waitForSelector('#silo-list tbody tr[data-silo]', { timeout: 30000 });
          seen.silos = await page.$$eval('#silo-list tbody tr[data-silo]', rows => rows.map(r => r.dataset.silo));
          await waitForLine('calls', '#chart-calls', [47, 111, 223]);
          await waitForLine('activations', '#chart-activations', [123, 79, 214]);
          await page.waitForFunction(() => Number(document.getElementById('chart-calls').dataset.points) >= 5, null, { timeout: 30000 });
          seen.kpis = await page.$$eval('.kpi', ks => ks.map(k => k.innerText.replace(/\s+/g, ' ')));
          await shot('overview');

          await page.click('a[data-page=grains]');
          await page.waitForSelector('#grain-types tr.method', { timeout: 15000 });
          seen.grainTypes = await page.$$eval('#grain-types tr.type td:first-child', ts => ts.map(t => t.textContent));
          await shot('grains');

          await page.click('a[data-page=silos]');
          await page.waitForSelector('#silo-cards .silo-head', { timeout: 15000 });
          await waitForLine('cpu', '#silo-cards canvas', [47, 111, 223]);
          await shot('silos');

          await page.click('a[data-page=reminders]');
          await page.waitForSelector('#reminders-empty:not([hidden])', { timeout: 15000 });
          seen.reminders = await page.textContent('#reminders-empty');
          await shot('reminders');

          await page.click('a[data-page=logs]');
          await page.waitForSelector('#log .line', { timeout: 15000 });
          seen.logLines = await page.$$eval('#log .line', ls => ls.length);
          await shot('logs');
        } finally {
          traffic = false;
          await load;
          await browser.close();
        }

        console.log(JSON.stringify(seen));
        if (!seen.silos.includes(expectedSilo)) throw new Error(`silo ${expectedSilo} not listed: ${seen.silos}`);
        if (seen.errors.length > 0) throw new Error(`page errors: ${seen.errors.join('; ')}`);
        console.log('dashboard proof passed');
        """;
}

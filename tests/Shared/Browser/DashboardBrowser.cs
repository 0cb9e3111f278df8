namespace DataSpine.Tests.Shared;

/// <summary>
/// Runs a script against /dashboard in headless Chromium: playwright-core (npm, installed once) drives the
/// system's /usr/bin/chromium. The script imports <see cref="Kit"/> as './dashboard-kit.mjs'; both are
/// written into a folder of their own under the one holding node_modules, and removed afterwards.
/// </summary>
internal static class DashboardBrowser
{
    public const string Chromium = "/usr/bin/chromium";

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException("Chromium is needed (apt-get install chromium; scripts/test.sh installs it).");
        }

        var folder = await NodeTool.PlaywrightFolderAsync();
        var run = Directory.CreateDirectory(Path.Combine(folder, $"run-{Guid.NewGuid():N}"));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(run.FullName, "dashboard-kit.mjs"), Kit);
            await File.WriteAllTextAsync(Path.Combine(run.FullName, "script.mjs"), script);
            return await NodeTool.RunAsync("node", run.FullName, TimeSpan.FromMinutes(3), ["script.mjs", .. arguments]);
        }
        finally
        {
            run.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The page helpers every dashboard script uses: open the page, count a chart's pixels in a series'
    /// colour, wait for a line to be drawn, switch pages, take screenshots. What was seen goes into
    /// <c>seen</c>, which the script prints as one JSON line.
    /// </summary>
    public const string Kit = """
        import { chromium } from 'playwright-core';

        


        export async function openDashboard(base, shots, key) {
          const browser = await chromium.launch({
            executablePath: '/usr/bin/chromium',
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-dev-shm-usage'],
          });
          // The dashboard is an operator surface: the browser answers its basic-auth challenge with an admin key.
          const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, httpCredentials: { username: 'admin', password: key } });
          const seen = { pixels: {}, screenshots: [], errors: [] };
          page.on('pageerror', e => seen.errors.push(String(e)));
          page.on('console', m => { if (m.type() === 'error') seen.errors.push(m.text()); });

          // Pixels of one colour (within a tolerance) on the canvases: the drawn series, not the grid.
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

          const dashboard = {
            page, seen,
            async waitForLine(name, selector, rgb) {
              const deadline = Date.now() + 30000;
              while ((seen.pixels[name] = await pixels(selector, rgb)) < 150) {
                if (Date.now() > deadline) throw new Error(`${name}: the chart did not draw (${seen.pixels[name]} pixels)`);
                await page.waitForTimeout(500);
              }
            },
            async show(name, readySelector) {
              await page.click(`a[data-page=${name}]`);
              await page.waitForSelector(readySelector, { timeout: 15000 });
            },
            async shot(name) {
              const path = `${shots}/${name}.png`;
              await page.screenshot({ path, fullPage: true });
              seen.screenshots.push(path);
            },
            close: () => browser.close(),
          };
          await page.goto(`${base}/dashboard`);
          return dashboard;
        }
        """;
}

namespace DataSpine.Silo.Tests.Dashboard;

/// <summary>
/// A single node's /dashboard in headless Chromium (helpers in <see cref="DashboardBrowser.Kit"/>): keeps a
/// little grain traffic going, waits for the silo list and for the charts' lines to be drawn, visits every
/// page, saves screenshots and prints what it saw as one JSON line.
/// Arguments: base URL, the silo name to expect, the screenshot folder.
/// </summary>
internal static class DashboardBrowserScript
{
    public const string Text = """
        import { openDashboard, BLUE, PURPLE } from './dashboard-kit.mjs';

        const [base, expectedSilo, shots] = process.argv.slice(2);
        let traffic = true;
        const load = (async () => {
          while (traffic) {
            await fetch(`${base}/api/v1/cluster/silos`).catch(() => {});
            await fetch(`${base}/api/v1/sources/no-such-source`).catch(() => {});
            await new Promise(r => setTimeout(r, 50));
          }
        })();
        const dashboard = await openDashboard(base, shots);
        const { page, seen } = dashboard;
        try {
          await page.waitForSelector('#silo-list tbody tr[data-silo]', { timeout: 30000 });
          seen.silos = await page.$$eval('#silo-list tbody tr[data-silo]', rows => rows.map(r => r.dataset.silo));
          await dashboard.waitForLine('calls', '#chart-calls', BLUE);
          await dashboard.waitForLine('activations', '#chart-activations', PURPLE);
          await page.waitForFunction(() => Number(document.getElementById('chart-calls').dataset.points) >= 5, null, { timeout: 30000 });
          seen.kpis = await page.$$eval('.kpi', ks => ks.map(k => k.innerText.replace(/\s+/g, ' ')));
          await dashboard.shot('overview');

          await dashboard.show('grains', '#grain-types tr.method');
          seen.grainTypes = await page.$$eval('#grain-types tr.type td:first-child', ts => ts.map(t => t.textContent));
          await dashboard.shot('grains');

          await dashboard.show('silos', '#silo-cards .silo-head');
          await dashboard.waitForLine('cpu', '#silo-cards canvas', BLUE);
          await dashboard.shot('silos');

          await dashboard.show('reminders', '#reminders-empty:not([hidden])');
          seen.reminders = await page.textContent('#reminders-empty');
          await dashboard.shot('reminders');

          await dashboard.show('logs', '#log .line');
          seen.logLines = await page.$$eval('#log .line', ls => ls.length);
          await dashboard.shot('logs');
        } finally {
          traffic = false;
          await load;
          await dashboard.close();
        }

        console.log(JSON.stringify(seen));
        if (!seen.silos.includes(expectedSilo)) throw new Error(`silo ${expectedSilo} not listed: ${seen.silos}`);
        if (seen.errors.length > 0) throw new Error(`page errors: ${seen.errors.join('; ')}`);
        console.log('dashboard proof passed');
        """;
}

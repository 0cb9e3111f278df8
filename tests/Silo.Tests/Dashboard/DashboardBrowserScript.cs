namespace DataSpine.Silo.Tests.Dashboard;

/// <summary>
/// A single node's /dashboard (Orleans' own dashboard) in headless Chromium: keeps a little grain traffic
/// going, waits for the overview's counts and for the silos page to list the node's silo as active, saves a screenshot and
/// prints what it saw as one JSON line. Arguments: base URL, the silo address to expect, the screenshot folder, an admin
/// key (the browser answers the dashboard's basic-auth challenge with it; the traffic sends it as a bearer token).
/// </summary>
internal static class DashboardBrowserScript
{
    public const string Text = """
        import { openDashboard } from './dashboard-kit.mjs';

        const [base, expectedSilo, shots, key] = process.argv.slice(2);
        const headers = { Authorization: `Bearer ${key}` };
        let traffic = true;
        const load = (async () => {
          while (traffic) {
            await fetch(`${base}/api/v1/cluster/silos`, { headers }).catch(() => {});
            await fetch(`${base}/api/v1/sources`, { headers }).catch(() => {});
            await new Promise(r => setTimeout(r, 100));
          }
        })();
        const dashboard = await openDashboard(base, shots, key);
        const { page, seen } = dashboard;
        try {
          await page.waitForFunction(() => /TOTAL ACTIVATIONS\s+\d+/i.test(document.body.innerText), null, { timeout: 30000 });
          seen.title = await page.title();
          await dashboard.shot('overview');
          await page.goto(`${base}/dashboard/#/silos`);
          await page.waitForFunction(silo => document.body.innerText.includes(silo), expectedSilo, { timeout: 30000 });
          seen.silos = (await page.innerText('body')).match(/\d+\.\d+\.\d+\.\d+:\d+@\d+\s+Active/g);
          await dashboard.shot('silos');
        } finally {
          traffic = false;
          await load;
          await dashboard.close();
        }

        console.log(JSON.stringify(seen));
        if (seen.errors.length > 0) throw new Error(`page errors: ${seen.errors.join('; ')}`);
        console.log('dashboard proof passed');
        """;
}

namespace DataSpine.Cluster.Tests.Dashboard;

/// <summary>
/// One silo's /dashboard in headless Chromium (helpers in <see cref="DashboardBrowser.Kit"/>), prints what it
/// saw as one JSON line. Arguments: base URL, screenshot folder, phase, silos (comma-separated).
/// Silos are given by address (host:port:), as the dashboard names them.
/// Phase "live": every given silo is listed Active, the grain-types page shows activations on each of
/// them, the charts draw; screenshots of every page. Phase "killed": the one given silo is listed Dead
/// and the two others Active; screenshots of the overview and silos pages.
/// </summary>
internal static class ClusterDashboardScript
{
    public const string Text = """
        import { openDashboard, BLUE, PURPLE } from './dashboard-kit.mjs';

        const [base, shots, phase, silosArgument] = process.argv.slice(2);
        const silos = silosArgument.split(',');
        const dashboard = await openDashboard(base, shots);
        const { page, seen } = dashboard;

        // The overview's silo rows as [text of the silo cell, status badge].
        const rows = () => page.$$eval('#silo-list tbody tr', trs => trs.map(r => [r.cells[0].innerText, r.querySelector('.badge')?.textContent]));
        const activeIn = (listed, silo) => listed.some(([name, status]) => name.includes(silo) && status === 'Active');
        const waitForRows = async (check, what) => {
          const deadline = Date.now() + 30000;
          while (!check(seen.silos = await rows())) {
            if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(seen.silos)}`);
            await page.waitForTimeout(500);
          }
        };

        try {
          if (phase === 'live') {
            await waitForRows(listed => silos.every(s => activeIn(listed, s)), 'not every silo is listed Active');
            await dashboard.waitForLine('calls', '#chart-calls', BLUE);
            await dashboard.waitForLine('activations', '#chart-activations', PURPLE);
            seen.kpis = await page.$$eval('.kpi', ks => ks.map(k => k.innerText.replace(/\s+/g, ' ')));
            await dashboard.shot('overview');

            await dashboard.show('grains', '#grain-types tr.type');
            seen.counterBySilo = await page.$$eval('#grain-types tr.type', trs =>
              trs.filter(r => r.cells[0].textContent === 'counter').map(r => r.cells[2].innerText.replace(/\n/g, ', '))[0] ?? '');
            const missing = silos.filter(s => !seen.counterBySilo.includes(s));
            if (missing.length > 0) throw new Error(`counter activations not shown on ${missing}: ${seen.counterBySilo}`);
            await dashboard.shot('grains');

            await dashboard.show('silos', '#silo-cards .silo-head');
            seen.siloCards = await page.$$eval('#silo-cards .silo-head h3', hs => hs.map(h => h.textContent));
            if (seen.siloCards.length !== silos.length) throw new Error(`${seen.siloCards.length} silo cards`);
            await dashboard.waitForLine('cpu', '#silo-cards canvas', BLUE);
            await dashboard.shot('silos');

            await dashboard.show('reminders', '#reminders tbody tr');
            seen.reminders = await page.$$eval('#reminders tbody tr', trs => trs.map(r => r.innerText.replace(/\s+/g, ' ')));
            await dashboard.shot('reminders');
          } else {
            const [killed] = silos;
            await waitForRows(listed => listed.some(([name, status]) => name.includes(killed) && status === 'Dead')
              && listed.filter(([, status]) => status === 'Active').length === 2, 'the killed silo is not listed Dead beside two Active ones');
            seen.kpis = await page.$$eval('.kpi', ks => ks.map(k => k.innerText.replace(/\s+/g, ' ')));
            if (!seen.kpis.includes('SILOS 2 / 3')) throw new Error(`silos up / listed: ${seen.kpis}`);
            await dashboard.shot('overview-after-kill');
            await dashboard.show('silos', '#silo-cards .card.silent');
            seen.silentCards = await page.$$eval('#silo-cards .card.silent', cs => cs.map(c => c.innerText.replace(/\s+/g, ' ')));
            await dashboard.shot('silos-after-kill');
          }
        } finally {
          await dashboard.close();
        }

        console.log(JSON.stringify(seen));
        if (seen.errors.length > 0) throw new Error(`page errors: ${seen.errors.join('; ')}`);
        console.log('dashboard proof passed');
        """;
}

// Accessibility: an axe scan of every built page, in the light and the dark theme, must find nothing.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { builtPages, launchBrowser, startServer } from './harness.mjs';

let server;
let chromium;
before(async () => {
  server = await startServer();
  chromium = await launchBrowser();
});
after(async () => {
  await chromium?.close();
  await server?.close();
});

for (const theme of ['light', 'dark']) {
  test(`every page has no axe violations in the ${theme} theme`, async () => {
    const context = await chromium.browser.newContext({ colorScheme: theme });
    const problems = [];
    const pages = builtPages();
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) {
        const where = v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ');
        problems.push(`${path} [${theme}] ${v.id} (${v.impact}): ${v.help} at ${where}`);
      }
      await page.close();
    }
    await context.close();
    console.log(`axe (${theme}): ${pages.length} pages scanned, ${problems.length} violations`);
    assert.deepEqual(problems, []);
  });
}

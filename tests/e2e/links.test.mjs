// Link check: every internal link and anchor on every built page must lead somewhere real.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builtPages, fileFor, useSite } from './harness.mjs';

const site = useSite();

test('no built page has a broken internal link or anchor', async () => {
  const pages = builtPages();
  const ids = new Map();
  const links = [];
  const page = await site.browser.newPage();
  for (const path of pages) {
    await page.goto(site.origin + path, { waitUntil: 'domcontentloaded' });
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll('a[href], link[href], area[href]')].map((a) =>
        a.getAttribute('href'),
      ),
    }));
    ids.set(path, new Set(found.ids));
    for (const href of found.hrefs) links.push({ from: path, href });
  }
  await page.close();

  const origin = new URL(site.origin);
  const broken = [];
  let checked = 0;
  for (const { from, href } of links) {
    if (!href || /^(mailto|tel|javascript|data):/i.test(href)) continue;
    const target = new URL(href, origin.href + from.slice(1));
    if (target.origin !== origin.origin) continue;
    checked++;
    const file = fileFor(target.pathname);
    if (!file) {
      broken.push(`${from} → ${href}: no such page or file`);
      continue;
    }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && file.endsWith('.html')) {
      const targetIds = ids.get(target.pathname);
      if (!targetIds?.has(anchor)) broken.push(`${from} → ${href}: no element with id "${anchor}"`);
    }
  }
  console.log(
    `links: ${pages.length} pages, ${checked} internal links checked, ${broken.length} broken`,
  );
  assert.deepEqual(broken, []);
});

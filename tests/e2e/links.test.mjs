// Link check: every internal link and anchor on every built page must lead somewhere real.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test } from 'node:test';
import { DIST, builtPages, fileFor, isRedirectPage, useSite } from './harness.mjs';

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

test('every redirect from an old address leads to a page and anchor that exist', async () => {
  const redirects = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html') && isRedirectPage(full)) {
        const from =
          '/' +
          relative(DIST, full)
            .split(sep)
            .join('/')
            .replace(/index\.html$/, '');
        const to = /http-equiv="refresh" content="\d+;url=([^"]+)"/i.exec(
          readFileSync(full, 'utf8'),
        )?.[1];
        redirects.push({ from, to });
      }
    }
  };
  walk(DIST);
  assert.ok(redirects.length > 0, 'the merged lessons keep their old addresses');
  const page = await site.browser.newPage();
  const broken = [];
  for (const { from, to } of redirects) {
    if (!to) {
      broken.push(`${from}: no target`);
      continue;
    }
    await page.goto(site.origin + from);
    await page.waitForURL((url) => url.pathname !== from);
    const target = new URL(to, site.origin);
    assert.equal(new URL(page.url()).pathname, target.pathname, `${from} leads to ${to}`);
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && (await page.locator(`[id="${anchor}"]`).count()) !== 1) {
      broken.push(`${from} → ${to}: no element with id "${anchor}"`);
    }
  }
  await page.close();
  console.log(`redirects: ${redirects.length} checked, ${broken.length} broken`);
  assert.deepEqual(broken, []);
});

/**
 * Renders the app icons in public/icons/ from their SVG sources with headless Chromium:
 * `node src/site/render-icons.ts` after changing icon.svg or maskable.svg. The PNGs are committed,
 * so a build never needs a browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/harness.mjs';

const ICONS = join(import.meta.dirname, '../../public/icons');
const JOBS = [
  { source: 'icon.svg', size: 192, out: 'icon-192.png' },
  { source: 'icon.svg', size: 512, out: 'icon-512.png' },
  { source: 'maskable.svg', size: 192, out: 'maskable-192.png' },
  { source: 'maskable.svg', size: 512, out: 'maskable-512.png' },
];

const { browser, close } = await launchBrowser();
try {
  for (const job of JOBS) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size } });
    const svg = readFileSync(join(ICONS, job.source), 'utf8');
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<body style="margin:0"><img src="${src}" width="${job.size}" height="${job.size}"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(join(ICONS, job.out), png);
    console.log(`${job.out}: ${png.length} B`);
    await page.close();
  }
} finally {
  await close();
}

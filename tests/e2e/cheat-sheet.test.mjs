// The cheat sheet must print on exactly one page, on A4 and on US Letter paper. Counting the page
// objects of the PDF Chromium writes makes this test fail as soon as the content outgrows the page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, startServer } from './harness.mjs';

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

/** Page objects in a PDF: `/Type /Page` not followed by `s` (that would be the `/Pages` tree). */
export function countPdfPages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

test('the page counter tells pages from the page tree', () => {
  const fake = Buffer.from('<< /Type /Pages /Kids [3 0 R] >> << /Type /Page >> << /Type/Page >>');
  assert.equal(countPdfPages(fake), 2);
});

for (const format of ['A4', 'Letter']) {
  for (const theme of ['light', 'dark']) {
    test(`/cheat-sheet/ prints on one ${format} page (${theme} theme)`, async () => {
      const context = await chromium.browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${server.origin}/cheat-sheet/`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, printBackground: true });
      await context.close();
      const pages = countPdfPages(pdf);
      assert.equal(pages, 1, `the cheat sheet prints on ${pages} ${format} pages, not 1`);
    });
  }
}

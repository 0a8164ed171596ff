// The cheat sheet must print on exactly one page, on A4 and on US Letter paper. Counting the page
// objects of the PDF Chromium writes makes this test fail as soon as the content outgrows the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSite } from './harness.mjs';

const site = useSite();

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
      const context = await site.browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(`${site.origin}/cheat-sheet/`, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format, printBackground: true });
      await context.close();
      const pages = countPdfPages(pdf);
      assert.equal(pages, 1, `the cheat sheet prints on ${pages} ${format} pages, not 1`);
    });
  }
}

import { describe, expect, it } from 'vitest';
import { injectPrecache, precache, precacheUrl } from './precache.ts';

const file = (path: string, text = path) => ({ file: path, bytes: new TextEncoder().encode(text) });

describe('precacheUrl', () => {
  it('stores pages under their folder address', () => {
    expect(precacheUrl('index.html', ['en'])).toBe('/');
    expect(precacheUrl('lessons/what-is-a-bounce/index.html', ['en'])).toBe(
      '/lessons/what-is-a-bounce/',
    );
    expect(precacheUrl('404.html', ['en'])).toBe('/404.html');
  });

  it('stores scripts, styles, samples, icons and the search index', () => {
    for (const f of [
      '_astro/BounceInspector.abc.js',
      '_astro/BaseLayout.abc.css',
      'samples/gmail-mailbox-full.eml',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_83f6c2291f.pf_meta',
      'pagefind/index/en_13c3d5f.pf_index',
      'pagefind/fragment/en_0d1a.pf_fragment',
      'pagefind/wasm.en.pagefind',
    ]) {
      expect(precacheUrl(f, ['en'])).toBe(`/${f}`);
    }
  });

  it('leaves out the worker, host files, link-preview images and unused search files', () => {
    for (const f of [
      'sw.js',
      '_headers',
      'robots.txt',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'og-image.png',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-modular-ui.css',
      'pagefind/pagefind-highlight.js',
      'pagefind/wasm.unknown.pagefind',
    ]) {
      expect(precacheUrl(f, ['en'])).toBeNull();
    }
  });
});

describe('precache', () => {
  const site = [
    file('index.html'),
    file('sw.js'),
    file('_astro/a.js', 'code'),
    file('guide/index.html'),
  ];

  it('lists the stored files sorted, with their total size', () => {
    const list = precache(site, ['en']);
    expect(list.files).toEqual(['/', '/_astro/a.js', '/guide/']);
    expect(list.bytes).toBe('index.html'.length + 'code'.length + 'guide/index.html'.length);
    expect(list.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps its version for the same files and changes it when any stored file changes', () => {
    const version = precache(site, ['en']).version;
    expect(precache([...site].reverse(), ['en']).version).toBe(version);
    expect(
      precache([...site.slice(0, 3), file('guide/index.html', 'new')], ['en']).version,
    ).not.toBe(version);
    // A file that is not stored does not count.
    expect(
      precache([...site.slice(0, 1), file('sw.js', 'other'), ...site.slice(2)], ['en']).version,
    ).toBe(version);
  });
});

describe('injectPrecache', () => {
  const source = "// worker\nconst BUILD = { version: 'development' }; // written later\nrun();\n";

  it('writes the version into the BUILD line, and can do it again', () => {
    const once = injectPrecache(source, { version: 'abc', files: ['/', '/a.js'], bytes: 3 });
    expect(once).toBe('// worker\nconst BUILD = {"version":"abc"};\nrun();\n');
    const twice = injectPrecache(once, { version: 'def', files: ['/$&'], bytes: 1 });
    expect(twice).toBe('// worker\nconst BUILD = {"version":"def"};\nrun();\n');
  });

  it('refuses a worker without the line', () => {
    expect(() => injectPrecache('run();', { version: 'a', files: [], bytes: 0 })).toThrow(
      /const BUILD/,
    );
  });
});

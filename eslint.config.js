import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import * as mdx from 'eslint-plugin-mdx';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The core is pure: the same code runs in islands, at build time, in the CLI and in tests.
    files: ['src/lib/**/*.ts'],
    // Tests and benchmarks run in Node only.
    ignores: ['src/lib/**/*.test.ts', 'src/lib/**/*.bench.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['astro', 'astro:*', 'astro/*'],
              message: 'src/lib must not depend on Astro.',
            },
            {
              group: ['preact', 'preact/*', '@preact/*'],
              message: 'src/lib must not depend on Preact.',
            },
            {
              group: ['nanostores', '@nanostores/*'],
              message: 'src/lib must not depend on stores.',
            },
            {
              group: ['node:*', 'fs', 'path'],
              message: 'src/lib runs in browsers too: no Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'src/lib must not touch the DOM.' },
        { name: 'window', message: 'src/lib must not touch the DOM.' },
        { name: 'localStorage', message: 'src/lib must not touch browser storage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Pass a seeded generator instead.' },
        { object: 'Date', property: 'now', message: 'Pass the time in instead.' },
      ],
    },
  },
  {
    ...mdx.flat,
    files: ['**/*.mdx'],
  },
  {
    ...mdx.flatCodeBlocks,
    files: ['**/*.mdx/**'],
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
);

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  glossaryProblems,
  glossaryTermSchema,
  type GlossaryTerm,
} from '../../src/lib/content/index.ts';

const GLOSSARY_DIR = fileURLToPath(new URL('../../content/glossary/', import.meta.url));
const files = readdirSync(GLOSSARY_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** Lessons link to `/glossary/#<id>`: these ids must keep existing. */
const REQUIRED_IDS = [
  'bounce',
  'hard-bounce',
  'soft-bounce',
  'delivery-status-notification',
  'non-delivery-report',
  'mailer-daemon',
  'return-path',
  'envelope-sender',
  'null-reverse-path',
  'smtp',
  'mta',
  'reporting-mta',
  'remote-mta',
  'smtp-reply-code',
  'enhanced-status-code',
  'diagnostic-code',
  'final-recipient',
  'dsn-action',
  'multipart-report',
  'delay-notice',
  'auto-reply',
  'complaint',
  'arf',
  'feedback-loop',
  'read-receipt',
  'challenge-response',
  'greylisting',
  'mailbox-full',
  'user-unknown',
  'host-unknown',
  'null-mx',
  'blocklist',
  'sender-reputation',
  'bounce-rate',
  'complaint-rate',
  'suppression-list',
  'list-hygiene',
  'spf',
  'dkim',
  'dmarc',
  'reverse-dns',
  'rate-limiting',
  'backscatter',
  'verp',
  'retry',
  'soft-bounce-escalation',
  'esp',
  'mx-record',
  're-confirmation',
  'postmaster',
];

/** Reads one file; YAML syntax errors are reported as a validation failure of that file. */
function read(file: string): unknown {
  try {
    return parseYaml(readFileSync(join(GLOSSARY_DIR, file), 'utf8'));
  } catch (error) {
    return { yamlError: String(error) };
  }
}

const parsed = files.map((file) => ({
  file,
  id: basename(file, '.yaml'),
  result: glossaryTermSchema.safeParse(read(file)),
}));
const terms: Array<GlossaryTerm & { id: string }> = parsed.flatMap(({ id, result }) =>
  result.success ? [{ ...result.data, id }] : [],
);

describe('content/glossary', () => {
  it('has at least 40 terms, each file valid', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const invalid = parsed.flatMap(({ file, result }) =>
      result.success
        ? []
        : result.error.issues.map((i) => `${file}: ${i.path.join('.')}: ${i.message}`),
    );
    expect(invalid).toEqual([]);
  });

  it('uses kebab-case file names, so ids are unique and usable as anchors', () => {
    const ids = files.map((f) => basename(f, '.yaml'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps every id that lessons link to', () => {
    const ids = new Set(files.map((f) => basename(f, '.yaml')));
    expect(REQUIRED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('relates terms only to terms that exist, never to themselves', () => {
    expect(glossaryProblems(terms)).toEqual([]);
  });

  it('points every term at a lesson that exists', () => {
    const slugs = new Set(
      readdirSync(join(import.meta.dirname, '../../content/lessons'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/^\d+-/, '').replace(/\.mdx$/, '')),
    );
    expect(slugs.size).toBe(12);
    for (const t of terms) expect(slugs, t.id).toContain(t.lesson);
  });

  it('gives every term a distinct display name', () => {
    const names = terms.map((t) => t.term.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

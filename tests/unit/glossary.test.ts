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
  'rfc',
  'iana',
  'ehlo',
  'starttls',
  'spam-trap',
  'role-account',
  'confirmed-opt-in',
  'sunset-policy',
  'mail-privacy-protection',
  'one-click-unsubscribe',
  'inbox-placement',
  'transactional-email',
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
    expect(slugs.size).toBeGreaterThanOrEqual(10);
    for (const t of terms) expect(slugs, t.id).toContain(t.lesson);
  });

  it('keeps the facts the lessons teach (issue 10 §1)', () => {
    const definition = (id: string) => terms.find((t) => t.id === id)?.definition ?? '';
    // An auto-reply is told by what it is not (a report, a failure notice), then by its header.
    expect(definition('auto-reply')).toMatch(/report/);
    expect(definition('auto-reply')).toMatch(/bounces carry it too/);
    // A delay notice is not a bounce yet; an expired delivery is.
    expect(definition('delay-notice')).toMatch(/not a bounce yet/);
    expect(definition('delivery-expired')).toMatch(/soft bounce/);
    // RFC 5321 §4.5.5 says SHOULD NOT.
    expect(definition('null-reverse-path')).toMatch(/SHOULD NOT/);
    expect(definition('null-reverse-path')).not.toMatch(/must not/i);
    // Gmail's spam-rate rule is for every sender.
    expect(definition('complaint-rate')).toMatch(/every sender/);
    // Mailchimp: the 7th without activity, the 15th with.
    const mailchimp = terms
      .find((t) => t.id === 'soft-bounce-escalation')
      ?.espWords?.find((w) => w.esp === 'Mailchimp');
    expect(mailchimp?.note).toMatch(/7th/);
    expect(mailchimp?.note).toMatch(/15th/);
  });

  it('gives every term a distinct display name', () => {
    const names = terms.map((t) => t.term.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});

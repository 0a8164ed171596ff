// The command-line tool, run as a reader runs it (on the same Node as the tests).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['src/cli/bounce-lab.ts', ...args], { cwd: root, encoding: 'utf8' });

// Each test starts the CLI as a process; on a busy two-core machine that alone takes seconds.
describe('bounce-lab classify', { timeout: 30000 }, () => {
  it('prints one JSON line per recipient, continuing the index across an mbox', () => {
    const out = run(
      'classify',
      'content/samples/postfix-user-unknown.eml',
      'content/samples/three-bounces.mbox',
    );
    expect(out.status).toBe(0);
    const rows = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({
      file: 'content/samples/postfix-user-unknown.eml',
      index: 1,
      recipient: 'maria.lopez@example.com',
      category: 'hard',
      hardbounce: true,
      reason: 'userunknown',
      status: '5.1.1',
      replycode: '550',
    });
    expect(rows.slice(1).map((r) => [r.index, r.reason])).toEqual([
      [1, 'userunknown'],
      [2, 'mailboxfull'],
      [3, 'hostunknown'],
    ]);
  });

  it('marks a message that is not a bounce, and reads standard input with -', () => {
    const file = run('classify', 'content/samples/not-bounce-customer-reply.eml');
    expect(JSON.parse(file.stdout.trim())).toMatchObject({
      index: 0,
      bounce: false,
      kind: 'not-bounce',
    });
    const stdin = spawnSync(
      process.execPath,
      ['src/cli/bounce-lab.ts', 'classify', '--format', 'text', '-'],
      {
        cwd: root,
        encoding: 'utf8',
        input: '452 4.2.2 <sam@example.net>: Mailbox full\n',
      },
    );
    expect(stdin.status).toBe(0);
    expect(stdin.stdout).toMatch(/sam@example\.net: soft \/ mailboxfull/);
  });

  it('exits 1 with a one-line message per unreadable file, and no stack trace', () => {
    const out = run('classify', 'no-such-file.eml', 'src');
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toEqual([
      'bounce-lab: cannot read no-such-file.eml: no such file',
      'bounce-lab: cannot read src: it is a directory, not a file',
    ]);
  });
});

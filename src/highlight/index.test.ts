import { createHighlighter } from 'shiki';
import { describe, expect, it } from 'vitest';
import { darkTheme, dsnGrammar, lightTheme } from './index.ts';

const highlighter = await createHighlighter({
  themes: [lightTheme, darkTheme],
  langs: [dsnGrammar],
});
// Our grammar is registered at run time, so shiki's types (built from its bundled list) do not know it.
type Lang = NonNullable<Parameters<typeof highlighter.codeToTokens>[1]['lang']>;

/** The innermost scope and the light/dark colours of the token whose text is exactly `text`. */
function token(code: string, text: string, lang = 'dsn') {
  const { tokens } = highlighter.codeToTokens(code, {
    lang: lang as Lang,
    themes: { light: 'bounce-lab-light', dark: 'bounce-lab-dark' },
    includeExplanation: 'scopeName',
  });
  const found = tokens.flat().find((t) => t.content.trim() === text);
  if (!found) throw new Error(`no token "${text}" in ${JSON.stringify(code)}`);
  const scopes = found.explanation?.flatMap((e) => e.scopes.map((s) => s.scopeName)) ?? [];
  return { scope: scopes.at(-1), colours: found.htmlStyle };
}

describe('the dsn grammar', () => {
  it('gives a 5xx and a 4xx reply code different scopes and colours', () => {
    const permanent = token('550 5.1.1 <a@example.com>: User unknown', '550');
    const transient = token('450 4.2.0 <a@example.com>: Greylisted, try again later', '450');
    expect(permanent.scope).toBe('constant.numeric.reply-code.permanent.dsn');
    expect(transient.scope).toBe('constant.numeric.reply-code.transient.dsn');
    expect(permanent.colours).not.toEqual(transient.colours);
    expect(token('250 2.0.0 Ok: queued', '250').scope).toBe(
      'constant.numeric.reply-code.success.dsn',
    );
  });

  it('reads multi-line replies (550-5.1.1) and enhanced status codes by class', () => {
    const line = '550-5.1.1 The email account that you tried to reach does not exist.';
    expect(token(line, '550').scope).toBe('constant.numeric.reply-code.permanent.dsn');
    expect(token(line, '5.1.1').scope).toBe('constant.numeric.status-code.permanent.dsn');
    expect(token('Status: 4.4.7', '4.4.7').scope).toBe(
      'constant.numeric.status-code.transient.dsn',
    );
  });

  it('does not mistake IP addresses, dates or ports for codes', () => {
    const code = 'Received: from mx.example.net (192.0.2.25) port 2525 on 29 Nov 2026 09:14:05';
    const { tokens } = highlighter.codeToTokens(code, {
      lang: 'dsn' as Lang,
      theme: 'bounce-lab-light',
      includeExplanation: 'scopeName',
    });
    const scopes = tokens
      .flat()
      .flatMap((t) => t.explanation?.flatMap((e) => e.scopes.map((s) => s.scopeName)) ?? []);
    expect(scopes.filter((s) => s.startsWith('constant.numeric'))).toEqual([]);
  });

  it('tells DSN fields, their values, other headers, addresses and SMTP commands apart', () => {
    expect(token('Final-Recipient: rfc822; jane@example.net', 'Final-Recipient').scope).toBe(
      'support.type.property-name.dsn-field.dsn',
    );
    expect(token('Final-Recipient: rfc822; jane@example.net', 'jane@example.net').scope).toBe(
      'string.other.email-address.dsn',
    );
    expect(token('Action: failed', 'failed').scope).toBe('constant.language.action.dsn');
    expect(token('Subject: Undelivered Mail Returned to Sender', 'Subject').scope).toBe(
      'entity.name.tag.header.dsn',
    );
    expect(token('C: RCPT TO:<jane@example.net>', 'RCPT TO:', 'smtp').scope).toBe(
      'keyword.control.smtp-command.dsn',
    );
    expect(token('Diagnostic-Code: smtp; 552 5.2.2 Mailbox full', '552').scope).toBe(
      'constant.numeric.reply-code.permanent.dsn',
    );
  });
});

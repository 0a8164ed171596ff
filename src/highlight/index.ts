/**
 * Build-time highlighting for bounce messages: the `dsn` TextMate grammar (alias `smtp`) and the
 * two themes it is shown with. Used by `astro.config.mjs` (Markdown code fences) and by tests.
 */
import {
  createHighlighter,
  type DecorationItem,
  type LanguageRegistration,
  type ThemeRegistration,
} from 'shiki';
import { bundledThemes } from 'shiki/themes';
import grammar from './dsn.tmLanguage.json' with { type: 'json' };

export const dsnGrammar = grammar as unknown as LanguageRegistration;

/** Colours for the grammar's own scopes, chosen for at least 4.5:1 contrast on each background. */
const PALETTE = {
  light: {
    permanent: '#c2222b',
    transient: '#8a5a00',
    success: '#1a7f37',
    field: '#0550ae',
    header: '#6639ba',
    email: '#0a3069',
    command: '#953800',
    muted: '#59636e',
  },
  dark: {
    permanent: '#ff7b72',
    transient: '#e3b341',
    success: '#56d364',
    field: '#79c0ff',
    header: '#d2a8ff',
    email: '#a5d6ff',
    command: '#ffa657',
    muted: '#9198a1',
  },
} as const;

function dsnRules(colours: (typeof PALETTE)['light' | 'dark']) {
  return [
    {
      scope: ['constant.numeric.reply-code.permanent', 'constant.numeric.status-code.permanent'],
      settings: { foreground: colours.permanent, fontStyle: 'bold' },
    },
    {
      scope: ['constant.numeric.reply-code.transient', 'constant.numeric.status-code.transient'],
      settings: { foreground: colours.transient, fontStyle: 'bold' },
    },
    {
      scope: ['constant.numeric.reply-code.success', 'constant.numeric.status-code.success'],
      settings: { foreground: colours.success, fontStyle: 'bold' },
    },
    {
      scope: 'support.type.property-name.dsn-field',
      settings: { foreground: colours.field, fontStyle: 'bold' },
    },
    { scope: 'entity.name.tag.header', settings: { foreground: colours.header } },
    {
      scope: 'string.other.email-address',
      settings: { foreground: colours.email, fontStyle: 'underline' },
    },
    {
      scope: 'keyword.control.smtp-command',
      settings: { foreground: colours.command, fontStyle: 'bold' },
    },
    {
      scope: ['comment.line.boundary', 'punctuation.definition.prompt'],
      settings: { foreground: colours.muted },
    },
    {
      scope: ['constant.language.action', 'storage.type.address-type'],
      settings: { foreground: colours.header },
    },
  ];
}

async function extend(
  name: 'github-light-default' | 'github-dark-default',
  id: string,
  colours: (typeof PALETTE)['light' | 'dark'],
): Promise<ThemeRegistration> {
  const base = (await bundledThemes[name]()).default;
  return { ...base, name: id, tokenColors: [...(base.tokenColors ?? []), ...dsnRules(colours)] };
}

export const lightTheme = await extend('github-light-default', 'bounce-lab-light', PALETTE.light);
export const darkTheme = await extend('github-dark-default', 'bounce-lab-dark', PALETTE.dark);

let highlighter: ReturnType<typeof createHighlighter> | undefined;

/**
 * Highlights a bounce message with the `dsn` grammar in both themes (as CSS variables, like the
 * Markdown code fences), optionally marking ranges such as the classifier's evidence.
 */
export async function highlightBounce(
  code: string,
  decorations: DecorationItem[] = [],
): Promise<string> {
  highlighter ??= createHighlighter({ langs: [dsnGrammar], themes: [lightTheme, darkTheme] });
  const ready = await highlighter;
  return ready.codeToHtml(code, {
    lang: 'dsn' as Parameters<typeof ready.codeToHtml>[1]['lang'],
    themes: {
      light: lightTheme.name ?? 'bounce-lab-light',
      dark: darkTheme.name ?? 'bounce-lab-dark',
    },
    defaultColor: false,
    decorations,
  });
}

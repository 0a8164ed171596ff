/**
 * What a reader reads in a lesson, and how long it takes. A lesson body is MDX: prose in Markdown,
 * fenced code blocks (bounce messages, SMTP transcripts) and components (examples and widgets).
 */

/** Components that show one bounce or one comparison: read, not played with. */
const EXAMPLE_COMPONENTS = new Set(['BounceExample']);
/** Components a reader works with: pasting, switching presets, comparing services. */
const WIDGET_COMPONENTS = new Set(['BounceInspector', 'EscalationSimulator', 'EspVerdicts']);

/** Minutes per 200 words of prose, per embedded example, per fenced code block and per widget. */
export const READING = {
  wordsPerMinute: 200,
  perExample: 0.5,
  perCodeBlock: 0.25,
  perWidget: 1,
} as const;

/** What a lesson body holds besides its prose. */
export interface LessonParts {
  /** The prose only: no imports, comments, code blocks or component tags; links reduced to their text. */
  prose: string;
  /** Fenced code blocks (bounce messages, transcripts, replies). */
  codeBlocks: number;
  /** `<BounceExample>` tags and other components that only show something. */
  examples: number;
  /** `<BounceInspector>`, `<EscalationSimulator>`, `<EspVerdicts>`. */
  widgets: number;
}

/**
 * Splits a lesson body (the MDX after its front matter) into prose and embedded parts.
 * `lessonParts('Hi.\n\n<BounceExample sample="x" />')` → `{ prose: 'Hi.', examples: 1, … }`.
 */
export function lessonParts(body: string): LessonParts {
  let codeBlocks = 0;
  let examples = 0;
  let widgets = 0;
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening !== undefined && opening.startsWith(fence) && line.trim() === opening) {
        fence = undefined;
      }
      continue;
    }
    if (opening !== undefined) {
      fence = opening;
      codeBlocks++;
      continue;
    }
    if (/^(import|export)\s/.test(line)) continue;
    kept.push(line);
  }
  const text = kept
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<([A-Z][A-Za-z0-9]*)\b[^>]*?\/>/g, (_tag, name: string) => {
      if (WIDGET_COMPONENTS.has(name)) widgets++;
      else if (EXAMPLE_COMPONENTS.has(name)) examples++;
      else examples++;
      return ' ';
    })
    .replace(/<\/?[a-z][^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  return { prose: text.trim(), codeBlocks, examples, widgets };
}

/** Words of prose: whitespace-separated tokens that hold a letter or a digit. */
export function countWords(prose: string): number {
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Words of prose in a lesson body (front matter, code blocks and component tags excluded). */
export function proseWords(body: string): number {
  return countWords(lessonParts(body).prose);
}

/**
 * An honest reading time in minutes (not rounded): prose at 200 words a minute, half a minute per
 * example, a quarter per code block and a minute per interactive widget.
 */
export function estimateMinutes(body: string): number {
  const parts = lessonParts(body);
  return (
    countWords(parts.prose) / READING.wordsPerMinute +
    parts.examples * READING.perExample +
    parts.codeBlocks * READING.perCodeBlock +
    parts.widgets * READING.perWidget
  );
}

/**
 * The anatomy of a delivery status notification: which lines of a real report are its top-level
 * headers, its human-readable part, its machine-readable part (split into the per-message group
 * and one group per recipient, RFC 3464 §2.2/§2.3) and its returned message, and which fields on
 * those lines have an explanation. Everything is found with the classifier's own MIME scan
 * (`scanMessage`, `parseHeaders`), never with offsets written by hand.
 */
import {
  parseHeaders,
  scanMessage,
  type HeaderField,
  type MimeMessage,
  type MimePart,
} from '../../bounce/mime/index.ts';
import { isBlank, type Line } from '../../bounce/text/index.ts';
import {
  CONTEXT_LABELS,
  EXTENSION_NOTE,
  FIELD_NOTES,
  type FieldNote,
  type NoteContext,
} from './notes.ts';

export { CONTEXT_LABELS, EXTENSION_NOTE, FIELD_NOTES };
export type { FieldNote, NoteContext };

/** What a region of the report is. */
export type RegionKind =
  | 'message'
  | 'headers'
  | 'preamble'
  | 'boundary'
  | 'human'
  | 'delivery-status'
  | 'returned'
  | 'other-part'
  | 'per-message'
  | 'per-recipient'
  | 'returned-headers'
  | 'returned-body'
  | 'epilogue';

/** One header field on the page, with the note that explains it (if any). */
export interface AnatomyField {
  /** The name as written, e.g. `Final-Recipient`. */
  name: string;
  /** Offsets of the whole field (name, value, folded lines) in the text: `[start, end)`. */
  start: number;
  end: number;
  /** Id of the note in `DsnAnatomy.notes`, or null when the field is not explained. */
  note: string | null;
}

/** A run of whole lines that forms one part of the report; regions nest. */
export interface AnatomyRegion {
  kind: RegionKind;
  /** Visible caption; empty for regions that need none (boundary lines, the preamble). */
  label: string;
  /** Line indices `[from, to)` into `DsnAnatomy.lines`. */
  from: number;
  to: number;
  /** Fields that start on this region's lines and not inside one of its children. */
  fields: AnatomyField[];
  /** Sub-regions, in order, inside `[from, to)` and not overlapping. */
  children: AnatomyRegion[];
}

/** An explanation shown for the fields that point to it. */
export interface AnatomyNote extends FieldNote {
  /** Stable id, e.g. `per-recipient-status`. */
  id: string;
  context: NoteContext;
  /** Field names it explains, as written in this report, e.g. `['Status']`. */
  names: string[];
}

/** A report taken apart. */
export interface DsnAnatomy {
  text: string;
  lines: Line[];
  /** The whole message; its children are the top-level headers, boundaries and parts. */
  root: AnatomyRegion;
  /** The explanations used, in the order their fields first appear. */
  notes: AnatomyNote[];
}

const DELIVERY_STATUS = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_MESSAGE = new Set(['message/rfc822', 'message/global']);
const RETURNED_HEADERS = new Set(['text/rfc822-headers', 'text/global-headers']);

/**
 * Takes a DSN apart. Throws an error that says what is missing when `text` is not a
 * `multipart/report` with a readable `message/delivery-status` part.
 *
 * @example dsnAnatomy(eml).root.children.map((r) => r.kind) // ['headers', 'preamble', 'boundary', 'human', …]
 */
export function dsnAnatomy(text: string): DsnAnatomy {
  const msg = scanMessage(text);
  const { root } = msg;
  if (root.type !== 'multipart/report') {
    throw new Error(`not a delivery status notification: its type is ${root.type}`);
  }
  const status = root.children.find((p) => DELIVERY_STATUS.has(p.type));
  if (!status) throw new Error('the report has no message/delivery-status part');
  if (status.encoding === 'base64' || status.encoding === 'quoted-printable') {
    throw new Error(
      `its message/delivery-status part is ${status.encoding}-encoded, so its fields cannot be shown as written`,
    );
  }

  const builder = new Builder(msg);
  const top: AnatomyRegion = builder.region('message', '', 0, msg.lines.length);
  const headersEnd = builder.endOfFields(root.headers, root.bodyFrom);
  const headers = builder.region('headers', 'Headers of the bounce itself', 0, headersEnd);
  headers.fields = builder.fields(root.headers, 'top');
  top.children.push(headers);

  const boundary = root.params['boundary'] ?? '';
  let cursor = root.bodyFrom;
  const parts = root.children;
  parts.forEach((part, index) => {
    const start = Math.max(builder.partStart(part), cursor);
    top.children.push(...builder.between(cursor, start, boundary, index === 0));
    top.children.push(builder.part(part, index, start));
    cursor = part.bodyTo;
  });
  top.children.push(...builder.between(cursor, root.bodyTo, boundary, parts.length === 0));
  return { text, lines: msg.lines, root: top, notes: builder.notes };
}

class Builder {
  readonly notes: AnatomyNote[] = [];
  private readonly byId = new Map<string, AnatomyNote>();

  private readonly msg: MimeMessage;

  constructor(msg: MimeMessage) {
    this.msg = msg;
  }

  region(kind: RegionKind, label: string, from: number, to: number): AnatomyRegion {
    return { kind, label, from, to, fields: [], children: [] };
  }

  /** The line index that holds offset `at` (lines are sorted by start). */
  lineAt(at: number): number {
    const { lines } = this.msg;
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lines[mid]?.start ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The line after the last field of a header block (or `fallback` when it has none). */
  endOfFields(fields: readonly HeaderField[], fallback: number): number {
    const last = fields.at(-1);
    return last ? this.lineAt(last.end) + 1 : Math.max(fallback - 1, 0);
  }

  /** The first line of a part: its first header, or the blank line before a header-less body. */
  partStart(part: MimePart): number {
    const first = part.headers[0];
    return first ? this.lineAt(first.start) : Math.max(part.bodyFrom - 1, 0);
  }

  /** Lines `[from, to)` not inside any non-blank region, trimmed of blank lines at both ends. */
  trimmed(from: number, to: number): [number, number] {
    const { input, lines } = this.msg;
    let a = from;
    let b = to;
    while (a < b && isBlankLine(input, lines[a])) a++;
    while (b > a && isBlankLine(input, lines[b - 1])) b--;
    return [a, b];
  }

  /** Boundary lines, the preamble and the epilogue between two parts. */
  between(from: number, to: number, boundary: string, beforeFirst: boolean): AnatomyRegion[] {
    const { input, lines } = this.msg;
    const out: AnatomyRegion[] = [];
    const delimiter = `--${boundary}`;
    let run = -1;
    const flush = (end: number) => {
      if (run < 0) return;
      const [a, b] = this.trimmed(run, end);
      if (b > a) out.push(this.region(beforeFirst ? 'preamble' : 'epilogue', '', a, b));
      run = -1;
    };
    for (let i = from; i < to; i++) {
      const line = lines[i];
      const content = line ? input.slice(line.start, line.end).trim() : '';
      if (boundary && content.startsWith(delimiter)) {
        flush(i);
        out.push(this.region('boundary', '', i, i + 1));
        beforeFirst = false;
      } else if (run < 0) run = i;
    }
    flush(to);
    return out;
  }

  part(part: MimePart, index: number, start: number): AnatomyRegion {
    const number = index + 1;
    const [, end] = this.trimmed(start, part.bodyTo);
    let kind: RegionKind = 'other-part';
    let label = `Part ${number} (${part.type})`;
    let context: NoteContext | null = null;
    if (DELIVERY_STATUS.has(part.type)) {
      kind = 'delivery-status';
      label = `Part ${number}: the machine-readable report (${part.type})`;
      context = 'delivery-status';
    } else if (RETURNED_MESSAGE.has(part.type)) {
      kind = 'returned';
      label = `Part ${number}: the returned message (${part.type})`;
      context = 'returned';
    } else if (RETURNED_HEADERS.has(part.type)) {
      kind = 'returned';
      label = `Part ${number}: the returned headers (${part.type})`;
      context = 'returned';
    } else if (index === 0 && part.type.startsWith('text/')) {
      kind = 'human';
      label = `Part ${number}: the human-readable explanation (${part.type})`;
      context = 'human';
    }
    const region = this.region(kind, label, start, Math.max(end, start + 1));
    region.fields = context ? this.fields(part.headers, context) : [];
    if (kind === 'delivery-status') region.children = this.statusGroups(part);
    if (kind === 'returned') region.children = this.returned(part);
    return region;
  }

  /** The per-message group and the per-recipient groups of a delivery-status body. */
  statusGroups(part: MimePart): AnatomyRegion[] {
    const { input, lines } = this.msg;
    const groups: AnatomyRegion[] = [];
    let i = part.bodyFrom;
    while (i < part.bodyTo) {
      if (isBlankLine(input, lines[i])) {
        i++;
        continue;
      }
      const { headers, body } = parseHeaders(input, lines, i, part.bodyTo);
      if (headers.length === 0) {
        i++; // a line that is not a field: leave it as plain text
        continue;
      }
      const context: NoteContext = groups.length === 0 ? 'per-message' : 'per-recipient';
      const group = this.region(context, '', i, this.endOfFields(headers, i));
      group.fields = this.fields(headers, context);
      groups.push(group);
      i = Math.max(body, group.to);
    }
    const recipients = groups.length - 1;
    groups.forEach((group, index) => {
      group.label =
        index === 0
          ? 'About the message (RFC 3464 §2.2)'
          : recipients === 1
            ? 'About the recipient (RFC 3464 §2.3)'
            : `About recipient ${index} of ${recipients} (RFC 3464 §2.3)`;
    });
    return groups;
  }

  /** The headers (and body, for a whole message) of the returned original. */
  returned(part: MimePart): AnatomyRegion[] {
    const { input, lines } = this.msg;
    let i = part.bodyFrom;
    while (i < part.bodyTo && isBlankLine(input, lines[i])) i++;
    const { headers, body } = parseHeaders(input, lines, i, part.bodyTo);
    if (headers.length === 0) return [];
    const out: AnatomyRegion[] = [];
    const head = this.region('returned-headers', 'Its headers', i, this.endOfFields(headers, i));
    head.fields = this.fields(headers, 'returned-headers');
    out.push(head);
    if (RETURNED_MESSAGE.has(part.type)) {
      const [a, b] = this.trimmed(Math.max(body, head.to), part.bodyTo);
      if (b > a) out.push(this.region('returned-body', 'Its body', a, b));
    }
    return out;
  }

  /** Fields of a header block, each linked to its note in `context` when there is one. */
  fields(headers: readonly HeaderField[], context: NoteContext): AnatomyField[] {
    return headers.map((h) => {
      const name = this.msg.input.slice(h.start, h.start + h.name.length);
      return { name, start: h.start, end: h.end, note: this.noteFor(context, h.name, name) };
    });
  }

  private noteFor(context: NoteContext, key: string, name: string): string | null {
    const extension =
      (context === 'per-message' || context === 'per-recipient') && key.startsWith('x-');
    const note = extension ? EXTENSION_NOTE : FIELD_NOTES[context][key];
    if (!note) return null;
    const id = `${context}-${extension ? 'extension' : key}`;
    let entry = this.byId.get(id);
    if (!entry) {
      entry = { ...note, id, context, names: [] };
      this.byId.set(id, entry);
      this.notes.push(entry);
    }
    if (!entry.names.includes(name)) entry.names.push(name);
    return id;
  }
}

function isBlankLine(input: string, line: Line | undefined): boolean {
  return !line || isBlank(input, line);
}

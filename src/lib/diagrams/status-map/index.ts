/**
 * The status-code map: enhanced status codes (RFC 3463 §2) laid out as a grid, the three classes
 * across and the eight subjects down, with the codes a reader really meets inside each cell. Every
 * heading and code points at its entry on the reference page, using the catalogue's own anchors.
 */
import {
  PROVIDER_STATUS_CODES,
  STATUS_CLASSES,
  STATUS_DETAILS,
  STATUS_SUBJECTS,
  isStatusCode,
  type StatusClassInfo,
  type StatusSubjectInfo,
} from '../../bounce/catalog/index.ts';

/** Anchor of the reference page's list of provider codes. */
export const PROVIDER_CODES_ANCHOR = 'provider-codes';

/** One code inside a cell. */
export interface MapCode {
  /** The code as written, e.g. `5.1.1`. */
  code: string;
  /** The registry title of its detail, or the provider's meaning for a code outside the registry. */
  title: string;
  /** Anchor on the reference page: the detail, the provider list, or the subject as a fallback. */
  anchor: string;
  /** `registered` for an IANA detail, `provider` for a provider's own code, `unknown` otherwise. */
  source: 'registered' | 'provider' | 'unknown';
  /** How many times it was given (e.g. how many samples carry it). */
  count: number;
}

/** One class column. */
export interface MapColumn {
  digit: StatusClassInfo['digit'];
  /** e.g. `5.X.X`. */
  pattern: string;
  title: string;
  anchor: string;
}

/** One subject row with a cell per class. */
export interface MapRow {
  subject: string;
  /** e.g. `X.1`. */
  pattern: string;
  /** The registry title without its trailing "Status", e.g. "Addressing". */
  title: string;
  anchor: string;
  /** Cells in column order; each lists its codes in numeric order. */
  cells: { digit: MapColumn['digit']; codes: MapCode[] }[];
}

export interface StatusMap {
  columns: MapColumn[];
  rows: MapRow[];
}

const DETAILS = new Map(STATUS_DETAILS.map((d) => [d.code, d]));

/**
 * Builds the grid for the codes given (any order, repeats counted, malformed codes ignored).
 *
 * @example statusMap(['5.1.1']).rows[1].cells[2].codes[0].anchor // 'x-1-1'
 */
export function statusMap(codes: Iterable<string>): StatusMap {
  const counts = new Map<string, number>();
  for (const raw of codes) {
    const code = raw.trim();
    if (isStatusCode(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const columns: MapColumn[] = STATUS_CLASSES.map((c) => ({
    digit: c.digit,
    pattern: `${c.digit}.X.X`,
    title: c.title,
    anchor: c.anchor,
  }));
  const rows: MapRow[] = STATUS_SUBJECTS.map((s) => ({
    subject: s.subject,
    pattern: `X.${s.subject}`,
    title: s.title.replace(/\s+Status$/i, ''),
    anchor: s.anchor,
    cells: columns.map((column) => ({
      digit: column.digit,
      codes: [...counts]
        .filter(([code]) => code.startsWith(`${column.digit}.${s.subject}.`))
        .map(([code, count]) => describe(code, count, s))
        .sort((a, b) => detailNumber(a.code) - detailNumber(b.code)),
    })),
  }));
  return { columns, rows };
}

function describe(code: string, count: number, subject: StatusSubjectInfo): MapCode {
  const [, s, d] = code.split('.');
  const detail = DETAILS.get(`X.${s}.${d}`);
  if (detail) {
    return { code, title: detail.title, anchor: detail.anchor, source: 'registered', count };
  }
  const provider = PROVIDER_STATUS_CODES.find((p) => p.code === code);
  if (provider) {
    return {
      code,
      title: `${provider.provider} code outside the registry`,
      anchor: PROVIDER_CODES_ANCHOR,
      source: 'provider',
      count,
    };
  }
  // RFC 3463 §2: an unknown detail still means what its subject means.
  return {
    code,
    title: `Not registered: ${subject.title}`,
    anchor: subject.anchor,
    source: 'unknown',
    count,
  };
}

const detailNumber = (code: string) => Number(code.split('.')[2]);

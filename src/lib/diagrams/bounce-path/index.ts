/**
 * "The path of a bounce" as data: the places a message and its bounce pass through, the arrows
 * between them, and the steps a reader walks through, in two variants: a refusal during the SMTP
 * conversation (synchronous) and an acceptance followed by a later bounce (asynchronous). The
 * layout is a fixed portrait grid (two columns, three rows) so that the drawing stays legible on a
 * 320 px screen; geometry helpers turn it into SVG path data.
 */

/** The places on the path. */
export type NodeId =
  'sender' | 'sending-mta' | 'receiving-mta' | 'mailbox' | 'return-path' | 'suppression';

/** The arrows; a variant draws only the ones its steps use. */
export type EdgeId =
  'submit' | 'smtp' | 'refuse' | 'accept' | 'deliver' | 'dsn-sync' | 'dsn-async' | 'suppress';

export type VariantId = 'sync' | 'async';

/** A box on the drawing, in viewBox units. */
export interface PathNode {
  id: NodeId;
  /** What it is, e.g. "Sending MTA". */
  label: string;
  /** An example name for it, e.g. `mail.example.com`. */
  example: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point in viewBox units. */
export interface Point {
  x: number;
  y: number;
}

/** An arrow from one box to another, drawn as straight segments through `points`. */
export interface PathEdge {
  id: EdgeId;
  from: NodeId;
  to: NodeId;
  /** First point on the edge of `from`, last point on the edge of `to`. */
  points: readonly Point[];
  /** A short label drawn beside the arrow, e.g. `550 5.1.1`; empty for none. */
  label: string;
  /** Where the label sits, and which way its text runs from there. */
  labelAt: Point & { anchor: 'start' | 'middle' | 'end' };
}

/** One stop of the walk-through. */
export interface PathStep {
  /** Short name, e.g. "Refused during the conversation". */
  title: string;
  /** One sentence: what happens at this point. */
  text: string;
  /** The box where it happens. */
  node: NodeId;
  /** The arrow the message or the bounce travels along, if any. */
  edge: EdgeId | null;
}

export interface PathVariant {
  id: VariantId;
  /** Name for the switch, e.g. "Refused during the conversation". */
  label: string;
  /** One-word kind, as the lesson names it: "synchronous" or "asynchronous". */
  kind: string;
  /** Text alternative of the whole drawing, for the SVG `<desc>`. */
  description: string;
  /** Boxes the message never reaches in this variant, drawn dashed. */
  unused: readonly NodeId[];
  steps: readonly PathStep[];
}

/** The drawing's coordinate system. */
export const VIEW = { width: 320, height: 372 } as const;

const BOX = { width: 128, height: 58 } as const;
const COLUMN = { a: 6, b: 186 } as const;
const ROW = { one: 8, two: 156, three: 306 } as const;

const node = (id: NodeId, label: string, example: string, x: number, y: number): PathNode => ({
  id,
  label,
  example,
  x,
  y,
  ...BOX,
});

/** Every box. Names use the reserved example domains (RFC 2606). */
export const NODES: readonly PathNode[] = [
  node('sender', 'Sender (ESP)', 'news@example.com', COLUMN.a, ROW.one),
  node('sending-mta', 'Sending MTA', 'mail.example.com', COLUMN.b, ROW.one),
  node('receiving-mta', 'Receiving MTA', 'mx.example.net', COLUMN.b, ROW.two),
  node('mailbox', 'Mailbox', 'jane.doe@example.net', COLUMN.b, ROW.three),
  node('return-path', 'Return path', 'bounces@esp.example', COLUMN.a, ROW.two),
  node('suppression', 'Suppression list', 'kept by the ESP', COLUMN.a, ROW.three),
];

const byId = new Map(NODES.map((n) => [n.id, n]));

/** The box called `id`. */
export function nodeById(id: NodeId): PathNode {
  const found = byId.get(id);
  if (!found) throw new Error(`No node called "${id}"`);
  return found;
}

const bottom = (id: NodeId, x: number): Point => ({ x, y: nodeById(id).y + BOX.height });
const top = (id: NodeId, x: number): Point => ({ x, y: nodeById(id).y });
const left = (id: NodeId, y: number): Point => ({ x: nodeById(id).x, y });
const right = (id: NodeId, y: number): Point => ({ x: nodeById(id).x + BOX.width, y });

const midRowOne = ROW.one + BOX.height / 2;
const midRowTwo = ROW.two + BOX.height / 2;

/** Every arrow. The two SMTP arrows run side by side between the MTAs, down then back up. */
export const EDGES: readonly PathEdge[] = [
  {
    id: 'submit',
    from: 'sender',
    to: 'sending-mta',
    points: [right('sender', midRowOne), left('sending-mta', midRowOne)],
    label: '',
    labelAt: { x: 0, y: 0, anchor: 'middle' },
  },
  {
    id: 'smtp',
    from: 'sending-mta',
    to: 'receiving-mta',
    points: [bottom('sending-mta', 222), top('receiving-mta', 222)],
    label: 'RCPT TO',
    labelAt: { x: 228, y: 96, anchor: 'start' },
  },
  {
    id: 'refuse',
    from: 'receiving-mta',
    to: 'sending-mta',
    points: [top('receiving-mta', 296), bottom('sending-mta', 296)],
    label: '550 5.1.1',
    labelAt: { x: 290, y: 134, anchor: 'end' },
  },
  {
    id: 'accept',
    from: 'receiving-mta',
    to: 'sending-mta',
    points: [top('receiving-mta', 296), bottom('sending-mta', 296)],
    label: '250 OK',
    labelAt: { x: 290, y: 134, anchor: 'end' },
  },
  {
    id: 'deliver',
    from: 'receiving-mta',
    to: 'mailbox',
    points: [bottom('receiving-mta', 250), top('mailbox', 250)],
    label: 'fails',
    labelAt: { x: 256, y: 264, anchor: 'start' },
  },
  {
    id: 'dsn-sync',
    from: 'sending-mta',
    to: 'return-path',
    points: [bottom('sending-mta', 200), top('return-path', 112)],
    label: 'DSN',
    labelAt: { x: 150, y: 104, anchor: 'end' },
  },
  {
    id: 'dsn-async',
    from: 'receiving-mta',
    to: 'return-path',
    points: [left('receiving-mta', midRowTwo), right('return-path', midRowTwo)],
    label: 'DSN',
    labelAt: { x: 160, y: midRowTwo - 7, anchor: 'middle' },
  },
  {
    id: 'suppress',
    from: 'return-path',
    to: 'suppression',
    points: [bottom('return-path', 70), top('suppression', 70)],
    label: 'hard bounce',
    labelAt: { x: 76, y: 264, anchor: 'start' },
  },
];

const edgeById = new Map(EDGES.map((e) => [e.id, e]));

/** The arrow called `id`. */
export function edgeOf(id: EdgeId): PathEdge {
  const found = edgeById.get(id);
  if (!found) throw new Error(`No edge called "${id}"`);
  return found;
}

const leaves: PathStep = {
  title: 'The campaign leaves the ESP',
  text: 'The ESP hands the message for jane.doe@example.net to its sending MTA and gives its own bounce address, bounces@esp.example, as the return path (MAIL FROM).',
  node: 'sender',
  edge: 'submit',
};

/**
 * The two variants. The sentences follow RFC 5321: a refusal during the conversation leaves the
 * message with the sending MTA, which reports it; a server that has accepted a message reports a
 * later failure itself (§6.1); either way the report goes to the return path with a null
 * reverse-path of its own (§4.5.5).
 */
export const VARIANTS: readonly PathVariant[] = [
  {
    id: 'sync',
    label: 'Refused during the conversation',
    kind: 'synchronous',
    description:
      'The sender hands the message to the sending MTA, which offers it to the receiving MTA. The receiving MTA refuses the recipient with 550 5.1.1 during the SMTP conversation, so the sending MTA writes a DSN and sends it to the return path; the ESP reads it and adds the address to its suppression list. The mailbox is never reached.',
    unused: ['mailbox'],
    steps: [
      leaves,
      {
        title: 'The SMTP conversation',
        text: "The sending MTA looks up the recipient domain's mail server (its MX record), connects to it and names the recipient: RCPT TO:<jane.doe@example.net>.",
        node: 'sending-mta',
        edge: 'smtp',
      },
      {
        title: 'Refused during the conversation',
        text: 'The receiving MTA answers 550 5.1.1 User unknown, refusing the recipient there and then, so the message never leaves the sending MTA.',
        node: 'receiving-mta',
        edge: 'refuse',
      },
      {
        title: 'The sending MTA writes the bounce',
        text: 'Left holding a message it cannot deliver, the sending MTA writes a DSN and mails it to the return path with an empty return path of its own, MAIL FROM:<>.',
        node: 'sending-mta',
        edge: 'dsn-sync',
      },
      {
        title: 'Back at the return path',
        text: "Seconds after sending, the DSN reaches bounces@esp.example, where the ESP's bounce processor reads Final-Recipient and Status: 5.1.1 and calls it a hard bounce.",
        node: 'return-path',
        edge: null,
      },
      {
        title: 'Onto the suppression list',
        text: 'The address does not exist, so the ESP puts jane.doe@example.net on its suppression list at once, and later campaigns skip her.',
        node: 'suppression',
        edge: 'suppress',
      },
    ],
  },
  {
    id: 'async',
    label: 'Accepted, then bounced',
    kind: 'asynchronous',
    description:
      'The sender hands the message to the sending MTA, which offers it to the receiving MTA. The receiving MTA accepts it with 250 OK, then fails to deliver it to the mailbox, so the receiving MTA writes the DSN itself and sends it to the return path; the ESP reads it and adds the address to its suppression list.',
    unused: [],
    steps: [
      leaves,
      {
        title: 'The SMTP conversation',
        text: "The sending MTA looks up the recipient domain's mail server (its MX record), connects to it, names the recipient with RCPT TO and sends the message with DATA.",
        node: 'sending-mta',
        edge: 'smtp',
      },
      {
        title: 'Accepted',
        text: "The receiving MTA answers 250 OK after DATA: it has now taken responsibility for the message, and the sending MTA's job is done.",
        node: 'receiving-mta',
        edge: 'accept',
      },
      {
        title: 'Delivery fails later',
        text: 'The receiving MTA, a gateway that accepts every address, passes the message on to the mailbox server, which has no mailbox for jane.doe, so delivery fails after acceptance.',
        node: 'mailbox',
        edge: 'deliver',
      },
      {
        title: 'The receiving side writes the bounce',
        text: 'Having accepted the message, the receiving MTA must report the failure itself: it writes a DSN and mails it to the return path from MAIL FROM, again with MAIL FROM:<>.',
        node: 'receiving-mta',
        edge: 'dsn-async',
      },
      {
        title: 'Back at the return path',
        text: "Minutes or even days after sending, the DSN reaches bounces@esp.example; the ESP's bounce processor matches it to the campaign by the returned headers and reads Status: 5.1.1.",
        node: 'return-path',
        edge: null,
      },
      {
        title: 'Onto the suppression list',
        text: 'A hard bounce again, so the address goes onto the suppression list; a soft one, such as a full mailbox, would only be counted towards the limit after which the ESP suppresses it.',
        node: 'suppression',
        edge: 'suppress',
      },
    ],
  },
];

/** The variant called `id`. */
export function variantById(id: VariantId): PathVariant {
  const found = VARIANTS.find((v) => v.id === id);
  if (!found) throw new Error(`No variant called "${id}"`);
  return found;
}

/** The arrows a variant draws: those its steps travel along, in drawing order. */
export function edgesOf(variant: PathVariant): PathEdge[] {
  const used = new Set(variant.steps.map((s) => s.edge));
  return EDGES.filter((e) => used.has(e.id));
}

const ARROW = { length: 9, halfWidth: 4.5 } as const;

/** SVG path data of an arrow's shaft, stopping where the head begins. */
export function shaftPath(edge: PathEdge): string {
  const points = edge.points.slice();
  const tip = points.at(-1);
  const before = points.at(-2);
  if (!tip || !before) throw new Error(`Edge "${edge.id}" needs at least two points`);
  const { ux, uy } = unit(before, tip);
  points[points.length - 1] = { x: tip.x - ux * ARROW.length, y: tip.y - uy * ARROW.length };
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** SVG polygon points of an arrow's head, its tip on the target box. */
export function headPoints(edge: PathEdge): string {
  const tip = edge.points.at(-1);
  const before = edge.points.at(-2);
  if (!tip || !before) throw new Error(`Edge "${edge.id}" needs at least two points`);
  const { ux, uy } = unit(before, tip);
  const baseX = tip.x - ux * ARROW.length;
  const baseY = tip.y - uy * ARROW.length;
  const corners = [
    { x: tip.x, y: tip.y },
    { x: baseX - uy * ARROW.halfWidth, y: baseY + ux * ARROW.halfWidth },
    { x: baseX + uy * ARROW.halfWidth, y: baseY - ux * ARROW.halfWidth },
  ];
  return corners.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

function unit(from: Point, to: Point): { ux: number; uy: number } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) throw new Error('An arrow segment has no length');
  return { ux: dx / length, uy: dy / length };
}

const round = (n: number) => Math.round(n * 10) / 10;

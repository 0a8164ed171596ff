/**
 * Facts about one bounce that every service view reads: its situation (a hard or soft failure, a
 * delay, or something else), the receiver's reply, the policy row of services with a policy file,
 * and the service's own event when the bounce is one.
 */
import type { EspVerdictRow } from '../esp/verdicts.ts';
import { espVerdicts } from '../esp/verdicts.ts';
import type { Policy, Source } from '../simulator/policy-schema.ts';
import type { BounceInput, EventSample, ServiceId } from './types.ts';

/** What happened, as the services tell it apart. */
export type Situation = 'hard' | 'soft' | 'delay' | 'other';

/** The classifier's service ids of the services shown here. */
const CLASSIFIER_IDS: Partial<Record<ServiceId, string>> = {
  'amazon-ses': 'amazonses',
  sendgrid: 'sendgrid',
  mailgun: 'mailgun',
  postmark: 'postmark',
};

/** Derived facts about one bounce. */
export interface BounceFacts {
  readonly input: BounceInput;
  readonly situation: Situation;
  readonly address: string;
  /** The receiver's reply as the bounce states it (the diagnostic), or `undefined`. */
  readonly reply: string | undefined;
  readonly replyCode: string | undefined;
  readonly status: string | undefined;
  /** True when the reply (or, without one, the status) is a permanent 5xx. */
  readonly permanentCode: boolean;
  /** True when the reply (or the status) is a transient 4xx. */
  readonly transientCode: boolean;
}

/** Reads the facts of a bounce. */
export function factsOf(input: BounceInput): BounceFacts {
  const { kind, recipient } = input;
  const situation: Situation =
    kind === 'delay'
      ? 'delay'
      : kind === 'failure' && recipient.category !== 'none'
        ? recipient.category
        : 'other';
  const first = (recipient.replyCode ?? recipient.status ?? '').charAt(0);
  return {
    input,
    situation,
    address: recipient.recipient,
    reply: recipient.diagnostic.trim() || undefined,
    replyCode: recipient.replyCode,
    status: recipient.status,
    permanentCode: first === '5',
    transientCode: first === '4',
  };
}

/** The policy with this id, or `undefined` when content/policies has no such file. */
export function policyOf(facts: BounceFacts, id: string): Policy | undefined {
  return facts.input.policies.find((p) => p.id === id);
}

/** The "every service" row of one policy for this bounce (`espVerdicts`), when there is a policy. */
export function rowOf(facts: BounceFacts, id: string): EspVerdictRow | undefined {
  const policy = policyOf(facts, id);
  return policy ? espVerdicts([policy], facts.input.recipient)[0] : undefined;
}

/** The policy's sources with the given keys, in that order. */
export function policySources(policy: Policy | undefined, keys: readonly string[]): Source[] {
  return keys.flatMap((k) => policy?.sources.filter((s) => s.key === k) ?? []);
}

/** True when the bounce is itself a JSON event of this service. */
export function isOwnEvent(facts: BounceFacts, service: ServiceId): boolean {
  const id = CLASSIFIER_IDS[service];
  return id !== undefined && facts.input.recipient.service?.service === id;
}

/**
 * The JSON sample of `service` that matches this bounce: the bounce itself when it is one,
 * otherwise an event sample of the same kind and reason.
 */
export function matchingEvent(facts: BounceFacts, service: ServiceId): EventSample | undefined {
  const id = CLASSIFIER_IDS[service];
  if (!id) return undefined;
  const { input } = facts;
  if (isOwnEvent(facts, service)) {
    return {
      id: input.sample,
      file: input.file,
      service: id,
      kind: input.kind,
      reason: input.recipient.reason,
    };
  }
  return input.events.find(
    (e) => e.service === id && e.kind === input.kind && e.reason === input.recipient.reason,
  );
}

/** The bounce's own event parsed, when it is one of `service` (`undefined` otherwise). */
export function ownEvent(facts: BounceFacts, service: ServiceId): unknown {
  if (!isOwnEvent(facts, service)) return undefined;
  try {
    return JSON.parse(facts.input.text) as unknown;
  } catch {
    return undefined;
  }
}

/** Pretty JSON as the views print it (two spaces). */
export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Reads a nested property of parsed JSON without trusting its shape. */
export function pick(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A value of parsed JSON as text for a table cell, or `null` when absent. */
export function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

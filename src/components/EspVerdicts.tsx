import { espDelayRows } from '../lib/esp/delays.ts';
import type { BounceDisagreement } from '../lib/esp/disagreement-schema.ts';
import { espVerdicts, matchDisagreements, type VerdictInput } from '../lib/esp/verdicts.ts';
import type { Policy, Source } from '../lib/simulator/policy-schema.ts';
import Icon, { type IconName } from './icons/Icon.tsx';

interface Props {
  /** The services to compare (vendor presets; the `custom` one is left out). */
  policies: Policy[];
  /** Known disagreements; those the verdict matches are shown under the table. */
  disagreements: BounceDisagreement[];
  /** The classified bounce of one recipient. */
  verdict: VerdictInput;
  /** Words for the bounce in the caption, e.g. "a full mailbox (552 5.2.2)". */
  label: string;
  /** Unique prefix for element ids on the page. */
  idPrefix: string;
  /** Heading level of the disagreement notes, to fit the page outline. */
  level?: 3 | 4 | 5;
  /**
   * For a delay: what the bounce becomes if the retries run out. The table then says what each
   * service does while a message is delayed, and what it records if the retries run out.
   */
  delay?: 'hard' | 'soft' | undefined;
}

/** Whether the bounce counts towards the service's limit: a mark (an icon or a sign) and words. */
const COUNTS: Record<'true' | 'false' | 'maybe', { mark: IconName | '–' | '?'; text: string }> = {
  true: { mark: 'up', text: 'Yes' },
  false: { mark: '–', text: 'No' },
  maybe: { mark: '?', text: 'Not necessarily' },
};

function SourceLink({ source }: { source: Source | undefined }) {
  if (!source) return <>none</>;
  return (
    <a href={source.url} title={source.title} rel="noopener">
      {source.key}
      {source.thirdParty && <span class="esp-verdicts__third"> (third party)</span>}
    </a>
  );
}

/** What each service does with a delay, each row with its source or a note that none says. */
function DelayTable({
  policies,
  eventual,
  label,
  idPrefix,
}: {
  policies: Policy[];
  eventual: 'hard' | 'soft';
  label: string;
  idPrefix: string;
}) {
  const captionId = `${idPrefix}-caption`;
  return (
    <div class="esp-verdicts" data-delay="true">
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table class="compare esp-verdicts__table">
          <caption id={captionId}>What each service does with {label}</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">While the message is delayed</th>
              <th scope="col">If the retries run out</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {espDelayRows(policies, eventual).map((row) => (
              <tr
                data-policy={row.policyId}
                data-documented={String(row.documented)}
                key={row.policyId}
              >
                <th scope="row">
                  {row.name}
                  {row.term && <span class="esp-verdicts__term"> (“{row.term}”)</span>}
                </th>
                <td>{row.whileDelayed}</td>
                <td>{row.ifRetriesRunOut}</td>
                <td>{row.source ? <SourceLink source={row.source} /> : 'not documented'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/**
 * Same bounce, every service: a table of how each email service treats one classified bounce
 * (its own name for it, whether it counts toward removal, what happens to the address), then the
 * known disagreements it falls under, each verdict with its source. Renders the same at build time
 * (`EspVerdicts.astro`) and inside the inspector island; the logic is `espVerdicts` in src/lib.
 */
export default function EspVerdicts({
  policies,
  disagreements,
  verdict,
  label,
  idPrefix,
  level = 4,
  delay,
}: Props) {
  if (delay) {
    return <DelayTable policies={policies} eventual={delay} label={label} idPrefix={idPrefix} />;
  }
  const rows = espVerdicts(policies, verdict);
  const notes = matchDisagreements(disagreements, verdict);
  const Heading = (['h3', 'h4', 'h5'] as const)[level - 3] ?? 'h4';
  const captionId = `${idPrefix}-caption`;

  return (
    <div class="esp-verdicts" data-reason={verdict.reason}>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table class="compare esp-verdicts__table">
          <caption id={captionId}>How each service treats {label}</caption>
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Its name for it</th>
              <th scope="col">Counts toward removal</th>
              <th scope="col">What happens to the address</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const counts = COUNTS[String(row.counts) as keyof typeof COUNTS];
              return (
                <tr data-policy={row.policyId} data-counts={String(row.counts)} key={row.policyId}>
                  <th scope="row">{row.name}</th>
                  <td>
                    {row.term}
                    {row.reported && (
                      <span class="esp-verdicts__flag"> (users' report, not the vendor's)</span>
                    )}
                  </td>
                  <td>
                    {counts.mark === '–' || counts.mark === '?' ? (
                      <span aria-hidden="true">{counts.mark}</span>
                    ) : (
                      <Icon name={counts.mark} />
                    )}{' '}
                    {counts.text}
                  </td>
                  <td>{row.outcome}</td>
                  <td>
                    <SourceLink source={row.source} />
                    {row.termSource && row.termSource.key !== row.source?.key && (
                      <>
                        {'; words: '}
                        <SourceLink source={row.termSource} />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.map((note) => (
        <section
          class="esp-verdicts__disagreement"
          data-disagreement={note.id}
          aria-labelledby={`${idPrefix}-${note.id}`}
          key={note.id}
        >
          <Heading id={`${idPrefix}-${note.id}`} class="esp-verdicts__title">
            Sources disagree: {note.title}
          </Heading>
          <p>{note.summary}</p>
          <ul>
            {note.verdicts.map((v) => (
              <li>
                <strong>{v.by}:</strong> {v.says}{' '}
                <span class="esp-verdicts__cite">
                  [<SourceLink source={note.sources.find((s) => s.key === v.sourceKey)} />]
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { useStore } from '@nanostores/preact';
import { formatNumber } from '../../lib/inspector/words.ts';
import { $inspectorError, $inspectorStatus, $progress } from '../../stores/inspector.ts';

/**
 * The status line (announced politely), the progress of a reading in the worker, and an error
 * (announced at once). A component of its own, so a progress step redraws only these lines.
 */
export default function StatusLine({ id }: { id: (name: string) => string }) {
  const progress = useStore($progress);
  const status = useStore($inspectorStatus);
  const error = useStore($inspectorError);
  return (
    <>
      <p class="inspector__status" role="status" aria-live="polite">
        {progress ? 'Reading in the background…' : status}
      </p>
      {progress && progress.total > 1 && (
        <div class="inspector__progress">
          <label for={id('progress')}>
            Messages read: {formatNumber(progress.done)} of {formatNumber(progress.total)}
          </label>
          <progress id={id('progress')} max={progress.total} value={progress.done} />
        </div>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/**
 * Reset (back to the lesson's starting files and cluster, after a confirmation) and
 * Solve (apply the lesson's solution; the terminal shows what it ran).
 */
import { useState } from 'react';
import { useRuntime } from '../stores/runtime-store.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

export function LessonActions() {
  const [confirming, setConfirming] = useState(false);
  const status = useRuntime((s) => s.status);
  const busy = useRuntime((s) => s.busy);
  const disabled = status !== 'ready' || busy;

  return (
    <div className="lesson-actions">
      <button type="button" className="button" onClick={() => setConfirming(true)} disabled={disabled}>
        Reset
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void useRuntime.getState().solve()}
        disabled={disabled}
        title="Apply the lesson's solution"
      >
        Solve
      </button>
      <ConfirmDialog
        open={confirming}
        title="Reset this lesson?"
        confirmLabel="Reset lesson"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void useRuntime.getState().reset();
        }}
      >
        <p>Your files and the cluster go back to how the lesson started. Your edits and everything you created are lost.</p>
      </ConfirmDialog>
    </div>
  );
}

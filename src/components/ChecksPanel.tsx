/**
 * The Check button and the result list of the current step: one row per check with
 * a pass/fail mark, what the check found, and its hint when it failed.
 */
import { useChecks } from '../stores/checks-store.ts';
import { useRuntime } from '../stores/runtime-store.ts';
import { InlineMarkdown } from './InlineMarkdown.tsx';

export function ChecksPanel({ stepSlug, checkCount }: { stepSlug: string; checkCount: number }) {
  const run = useChecks((s) => s.runs[stepSlug]);
  const running = useChecks((s) => s.running);
  const status = useRuntime((s) => s.status);
  const busy = useRuntime((s) => s.busy);
  const passed = run ? run.results.filter((r) => r.pass).length : 0;
  const allPassed = run && !run.error && run.results.length > 0 && passed === run.results.length;

  if (checkCount === 0) {
    return <p className="checks__none">This step has nothing to check — explore, then go on.</p>;
  }

  return (
    <section className="checks" aria-labelledby="checks-title">
      <div className="checks__bar">
        <h2 id="checks-title" className="checks__title">
          Checks
        </h2>
        {run && !run.error && (
          <span className={`checks__score ${allPassed ? 'checks__score--pass' : ''}`}>
            {passed}/{run.results.length} passing
          </span>
        )}
        <button
          type="button"
          className="button button--primary"
          onClick={() => void useRuntime.getState().runChecks(stepSlug)}
          disabled={status !== 'ready' || running || busy}
        >
          {running ? 'Checking…' : 'Check'}
        </button>
      </div>
      <div aria-live="polite">
        {run?.error && (
          <p className="checks__error" role="alert">
            The checks could not run: {run.error}
          </p>
        )}
        {allPassed && <p className="checks__done">All checks pass. Well done!</p>}
        {run && run.results.length > 0 && (
          <ul className="checks__list" data-testid="check-results">
            {run.results.map((result) => (
              <li key={result.id} className={`check check--${result.pass ? 'pass' : 'fail'}`} data-check={result.id} data-pass={String(result.pass)}>
                <span className="check__icon" aria-hidden="true">
                  {result.pass ? '✓' : '✗'}
                </span>
                <div className="check__body">
                  <p className="check__title">
                    <span className="visually-hidden">{result.pass ? 'Passed: ' : 'Failed: '}</span>
                    {result.title}
                  </p>
                  <p className="check__message">
                    <InlineMarkdown text={result.message} />
                  </p>
                  {!result.pass && result.hint && (
                    <p className="check__hint">
                      <span className="check__hint-label">Hint</span> <InlineMarkdown text={result.hint} />
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

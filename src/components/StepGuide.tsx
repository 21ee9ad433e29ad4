/**
 * The left-hand side of a lesson: step navigation, the step's instructions (HTML
 * rendered by Astro at build time), its hints revealed one by one, and its checks.
 */
import { useEffect, useRef, useState } from 'react';
import { useStep } from '../stores/step-store.ts';
import { ChecksPanel } from './ChecksPanel.tsx';
import { InlineMarkdown } from './InlineMarkdown.tsx';

export interface GuideStep {
  slug: string;
  title: string;
  html: string;
  hints: string[];
  checks: string[];
}

export default function StepGuide({ steps }: { steps: GuideStep[] }) {
  const index = useStep((s) => s.index);
  const go = useStep((s) => s.go);
  useEffect(() => useStep.getState().init(steps.length), [steps.length]);
  const step = steps[index] ?? steps[0];
  const article = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // A new step starts at its top, and screen readers land on its text.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    article.current?.closest('.lesson__guide')?.scrollTo({ top: 0 });
    article.current?.focus({ preventScroll: true });
  }, [index]);

  return (
    <div className="guide">
      <nav className="steps" aria-label="Lesson steps">
        <ol className="steps__list">
          {steps.map((s, i) => (
            <li key={s.slug}>
              <button
                type="button"
                className="steps__item"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                <span className="steps__number">{i + 1}</span>
                <span className="steps__name">{s.title}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <article ref={article} tabIndex={-1} className="prose" data-step={step.slug} dangerouslySetInnerHTML={{ __html: step.html }} />
      <Hints key={step.slug} hints={step.hints} />
      <ChecksPanel stepSlug={step.slug} checkCount={step.checks.length} />
      <nav className="step-nav" aria-label="Previous and next step">
        <button type="button" className="button" onClick={() => go(index - 1)} disabled={index === 0}>
          ← Previous
        </button>
        <span className="step-nav__position">
          Step {index + 1} of {steps.length}
        </span>
        <button type="button" className="button button--primary" onClick={() => go(index + 1)} disabled={index === steps.length - 1}>
          Next →
        </button>
      </nav>
    </div>
  );
}

function Hints({ hints }: { hints: string[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <section className="hints" aria-label="Hints">
      {shown > 0 && (
        <ol className="hints__list">
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>
              <InlineMarkdown text={hint} />
            </li>
          ))}
        </ol>
      )}
      {shown < hints.length && (
        <button type="button" className="button button--ghost" onClick={() => setShown(shown + 1)}>
          {shown === 0 ? 'Show a hint' : 'Show another hint'} ({shown}/{hints.length})
        </button>
      )}
    </section>
  );
}

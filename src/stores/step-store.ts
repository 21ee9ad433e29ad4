/**
 * Which step of the lesson the learner is on. Mirrored in the URL (`?step=N`, 1-based)
 * so a reload or a shared link lands on the same step.
 */
import { create } from 'zustand';

interface StepState {
  index: number;
  count: number;
  init(count: number): void;
  go(index: number): void;
}

function stepFromUrl(count: number): number {
  const raw = Number(new URLSearchParams(window.location.search).get('step'));
  return Number.isInteger(raw) && raw >= 1 && raw <= count ? raw - 1 : 0;
}

export const useStep = create<StepState>()((set, get) => ({
  index: 0,
  count: 1,
  init: (count) => set({ count, index: stepFromUrl(count) }),
  go: (index) => {
    const next = Math.max(0, Math.min(get().count - 1, index));
    if (next === get().index) return;
    const url = new URL(window.location.href);
    url.searchParams.set('step', String(next + 1));
    window.history.pushState({ step: next }, '', url);
    set({ index: next });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => {
    const { count } = useStep.getState();
    useStep.setState({ index: stepFromUrl(count) });
  });
}

/**
 * Check results per step: what the last run of a step's checks reported, and whether
 * a run is in flight. Results are cleared on reset, since they describe an old world.
 */
import { create } from 'zustand';
import type { CheckResult } from '../runtime/runtime.ts';

export interface StepCheckRun {
  results: CheckResult[];
  /** Set when the run itself failed (not when a check failed). */
  error?: string;
}

interface ChecksState {
  runs: Record<string, StepCheckRun>;
  running: boolean;
  setRunning(running: boolean): void;
  record(stepSlug: string, run: StepCheckRun): void;
  clear(): void;
}

export const useChecks = create<ChecksState>()((set) => ({
  runs: {},
  running: false,
  setRunning: (running) => set({ running }),
  record: (stepSlug, run) => set((state) => ({ runs: { ...state.runs, [stepSlug]: run }, running: false })),
  clear: () => set({ runs: {}, running: false }),
}));

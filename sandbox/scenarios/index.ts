/**
 * Named starting worlds. A lesson names its scenario; the sandbox builds it.
 */
import type { World } from '../world/world.ts';
import { bootstrapCluster } from '../world/kube/bootstrap.ts';
import { installKubeControllers } from '../world/kube/controllers/index.ts';

const SCENARIOS: Record<string, { description: string; build(world: World): void }> = {
  'single-cluster': {
    description: 'one kind-like Kubernetes cluster "lab": a control plane and two workers',
    build(world) {
      installKubeControllers(world);
      bootstrapCluster(world, { name: 'lab', workers: 2 });
    },
  },
  empty: {
    description: 'a workstation with no cluster',
    build() {},
  },
};

export function scenarioNames(): string[] {
  return Object.keys(SCENARIOS);
}

export function describeScenario(name: string): string | undefined {
  return SCENARIOS[name]?.description;
}

export function buildScenario(name: string, world: World): void {
  const scenario = SCENARIOS[name];
  if (!scenario) throw new Error(`unknown scenario "${name}" (known: ${scenarioNames().join(', ')})`);
  scenario.build(world);
  world.reconcile();
}

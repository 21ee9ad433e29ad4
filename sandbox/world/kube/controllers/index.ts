/** Registers the Kubernetes controllers of every cluster with the world. */
import type { World } from '../../world.ts';
import { runKubelets } from './kubelet.ts';
import { schedulePods } from './scheduler.ts';
import { collectGarbage, reconcileDeployments, reconcileReplicaSets } from './workloads.ts';
import { allocateServiceAddresses, populateNamespaces, reconcileEndpointSlices } from './services.ts';

export function installKubeControllers(world: World): void {
  const everyCluster = (reconcile: (cluster: ReturnType<World['cluster']>) => boolean) => (w: World) => {
    let changed = false;
    for (const cluster of w.clusters.values()) changed = reconcile(cluster) || changed;
    return changed;
  };
  world.addController('namespace', everyCluster(populateNamespaces));
  world.addController('service-addresses', everyCluster(allocateServiceAddresses));
  world.addController('deployment', everyCluster(reconcileDeployments));
  world.addController('replicaset', everyCluster(reconcileReplicaSets));
  world.addController('garbage-collector', everyCluster(collectGarbage));
  world.addController('scheduler', everyCluster(schedulePods));
  world.addController('kubelet', everyCluster(runKubelets));
  world.addController('endpointslice', everyCluster(reconcileEndpointSlices));
}

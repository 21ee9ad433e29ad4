/**
 * Kubernetes API objects as the store keeps them: plain JSON-like data with typed
 * metadata. Kind-specific shapes (PodSpec…) are typed where code reads them.
 */

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [field: string]: unknown;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface ContainerSpec {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  imagePullPolicy?: string;
  [field: string]: unknown;
}

export interface PodSpec {
  containers: ContainerSpec[];
  nodeName?: string;
  nodeSelector?: Record<string, string>;
  tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
  restartPolicy?: string;
  [field: string]: unknown;
}

export interface ContainerStatus {
  name: string;
  image: string;
  ready: boolean;
  started: boolean;
  restartCount: number;
  state: { running?: { startedAt: string }; waiting?: { reason: string; message?: string }; terminated?: { reason: string; exitCode: number } };
}

export interface PodStatus {
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  conditions?: { type: string; status: 'True' | 'False'; lastTransitionTime: string; reason?: string; message?: string }[];
  hostIP?: string;
  podIP?: string;
  podIPs?: { ip: string }[];
  startTime?: string;
  containerStatuses?: ContainerStatus[];
}

export interface Pod extends KubeObject {
  kind: 'Pod';
  spec: PodSpec & Record<string, unknown>;
  status: PodStatus & Record<string, unknown>;
}

export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** A core/v1 Event: something that happened to an object, for `kubectl describe` and `get events`. */
export interface EventObject extends KubeObject {
  kind: 'Event';
  involvedObject: { kind: string; namespace?: string; name: string; uid?: string; apiVersion: string };
  reason: string;
  message: string;
  type: 'Normal' | 'Warning';
  source: { component: string };
  firstTimestamp: string;
  lastTimestamp: string;
  count: number;
}

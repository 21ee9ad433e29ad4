/**
 * Checks of the welcome lesson: the namespace exists, and the pod in it is labelled
 * and running. Messages name what was found, so a near miss (wrong namespace, a
 * typo in the label, an image that does not exist) explains itself.
 */
import { defineChecks } from '../../sandbox/checks/types.ts';
import { findPod, namespaceExists, namespacesWithPod, podIsRunning, podStatus } from '../../sandbox/checks/kube.ts';

export default defineChecks([
  {
    id: 'namespace-shop',
    title: 'Namespace shop exists',
    run: ({ world }) =>
      namespaceExists(world, 'shop')
        ? { pass: true, message: 'Namespace shop exists in the cluster.' }
        : { pass: false, message: 'The cluster has no namespace called shop yet.', hint: 'Run `kubectl apply -f namespace.yaml`.' },
  },
  {
    id: 'pod-web-exists',
    title: 'Pod web exists in namespace shop',
    run: ({ world }) => {
      if (findPod(world, 'shop', 'web')) return { pass: true, message: 'Pod web exists in namespace shop.' };
      const elsewhere = namespacesWithPod(world, 'web');
      if (elsewhere.length > 0) {
        return {
          pass: false,
          message: `There is a pod web, but in namespace ${elsewhere.join(', ')}, not shop.`,
          hint: 'Set `namespace: shop` under `metadata:` in pod.yaml, apply it again, and delete the stray pod with `kubectl delete pod web -n ' + elsewhere[0] + '`.',
        };
      }
      if (!namespaceExists(world, 'shop')) {
        return { pass: false, message: 'No pod web: namespace shop does not exist yet, so the pod cannot be created in it.', hint: 'Apply namespace.yaml first, then pod.yaml.' };
      }
      return { pass: false, message: 'Namespace shop has no pod called web.', hint: 'Run `kubectl apply -f pod.yaml`.' };
    },
  },
  {
    id: 'pod-web-labelled',
    title: 'Pod web carries the label app=web',
    run: ({ world }) => {
      const pod = findPod(world, 'shop', 'web');
      if (!pod) return { pass: false, message: 'There is no pod web in namespace shop to look at yet.', hint: 'Create it from pod.yaml first.' };
      const labels = pod.metadata.labels ?? {};
      if (labels.app === 'web') return { pass: true, message: 'Pod web has the label app=web.' };
      const shown = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
      if (shown.length === 0) {
        return { pass: false, message: 'Pod web has no labels.', hint: 'Add `labels:` with `app: web` under `metadata:` in pod.yaml, then `kubectl apply -f pod.yaml`.' };
      }
      return {
        pass: false,
        message: `Pod web has the labels ${shown.join(', ')}, but not app=web.`,
        hint: 'Label keys and values are exact strings: the key must be `app` and the value `web`, all lower case.',
      };
    },
  },
  {
    id: 'pod-web-running',
    title: 'Pod web is Running',
    run: ({ world }) => {
      const pod = findPod(world, 'shop', 'web');
      if (!pod) return { pass: false, message: 'There is no pod web in namespace shop yet.', hint: 'Create it from pod.yaml.' };
      if (podIsRunning(pod)) return { pass: true, message: `Pod web is Running on ${pod.spec.nodeName} with IP ${pod.status.podIP}.` };
      const status = podStatus(pod);
      if (status === 'ErrImagePull' || status === 'ImagePullBackOff') {
        const image = pod.spec.containers.map((c) => c.image).join(', ');
        return {
          pass: false,
          message: `Pod web is ${status}: the image ${image} cannot be pulled.`,
          hint: 'Check the image name in pod.yaml (it should be `nginx:1.27`). A pod\'s image can be changed by applying the file again.',
        };
      }
      return { pass: false, message: `Pod web is ${status}, not Running yet.`, hint: 'Give it a moment: run `kubectl get pods -n shop` and check again.' };
    },
  },
]);

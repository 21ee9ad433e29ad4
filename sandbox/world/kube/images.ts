/**
 * The catalogue of container images the simulated registry can pull. Any tag of a
 * known repository pulls; anything else fails like a real pull (ErrImagePull, then
 * ImagePullBackOff). Behaviour per image (ports, what it answers) comes next.
 */

export interface ImageInfo {
  repository: string;
  /** Ports the image listens on without being told. */
  ports: number[];
  description: string;
}

export const IMAGE_CATALOGUE: ImageInfo[] = [
  { repository: 'nginx', ports: [80], description: 'web server answering HTTP on port 80' },
  { repository: 'busybox', ports: [], description: 'a small shell and tools' },
  { repository: 'curlimages/curl', ports: [], description: 'curl in a container' },
  { repository: 'hashicorp/http-echo', ports: [5678], description: 'answers HTTP with the text given by -text' },
  { repository: 'registry.k8s.io/e2e-test-images/agnhost', ports: [], description: 'the Kubernetes test image (netexec, serve-hostname)' },
  { repository: 'ghcr.io/vpnception/echo', ports: [8080], description: 'answers with the request it saw' },
  // The cluster's own components.
  { repository: 'registry.k8s.io/coredns/coredns', ports: [53, 9153], description: 'cluster DNS' },
  { repository: 'registry.k8s.io/etcd', ports: [2379, 2380], description: 'the API server\'s datastore' },
  { repository: 'registry.k8s.io/kube-apiserver', ports: [6443], description: 'the API server' },
  { repository: 'registry.k8s.io/kube-controller-manager', ports: [10257], description: 'built-in controllers' },
  { repository: 'registry.k8s.io/kube-scheduler', ports: [10259], description: 'the scheduler' },
  { repository: 'registry.k8s.io/kube-proxy', ports: [10256], description: 'Service load balancing' },
  { repository: 'kindest/kindnetd', ports: [], description: 'the default CNI of kind clusters' },
];

/** `nginx:1.27`, `docker.io/library/nginx`, `nginx@sha256:…` → `nginx`. */
export function repositoryOf(image: string): string {
  let name = image.split('@')[0];
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > lastSlash) name = name.slice(0, colon);
  return name.replace(/^docker\.io\//, '').replace(/^library\//, '');
}

export function findImage(image: string): ImageInfo | undefined {
  const repository = repositoryOf(image);
  return IMAGE_CATALOGUE.find((entry) => entry.repository === repository);
}

/** Kubernetes' default pull policy: Always for `:latest` or no tag, IfNotPresent otherwise. */
export function defaultPullPolicy(image: string): string {
  const withoutDigest = image.split('@')[0];
  const tag = withoutDigest.lastIndexOf(':') > withoutDigest.lastIndexOf('/') ? withoutDigest.slice(withoutDigest.lastIndexOf(':') + 1) : '';
  return image.includes('@') || (tag !== '' && tag !== 'latest') ? 'IfNotPresent' : 'Always';
}

/**
 * kubectl golden outputs. The expected texts follow kubectl 1.31's printers and
 * error strings, e.g. `Error from server (NotFound): pods "x" not found`.
 */
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../index.ts';

const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n';
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  containers:
    - name: nginx
      image: nginx:1.27
`;

function lab(files: Record<string, string> = {}) {
  const sandbox = createSandbox({ scenario: 'single-cluster', files: { 'ns.yaml': NAMESPACE, 'pod.yaml': POD, ...files } });
  return (script: string) => sandbox.run(script);
}

describe('kubectl get', () => {
  it('lists nodes like a kind cluster', async () => {
    const { stdout } = await lab()('kubectl get nodes');
    expect(stdout).toBe(
      'NAME                STATUS   ROLES           AGE   VERSION\n' +
        'lab-control-plane   Ready    control-plane   12m   v1.31.4\n' +
        'lab-worker          Ready    <none>          12m   v1.31.4\n' +
        'lab-worker2         Ready    <none>          12m   v1.31.4\n',
    );
  });

  it('says when a namespace is empty, on stderr', async () => {
    const result = await lab()('kubectl get pods');
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: 'No resources found in default namespace.\n' });
  });

  it('shows the namespace column with -A and accepts short names', async () => {
    const { stdout } = await lab()('kubectl get po -A | head -1; kubectl get ns -o name');
    expect(stdout).toBe(
      'NAMESPACE     NAME                                        READY   STATUS    RESTARTS   AGE\n' +
        'namespace/default\nnamespace/kube-node-lease\nnamespace/kube-public\nnamespace/kube-system\n',
    );
  });

  it('reports unknown types and missing names like the API server', async () => {
    const run = lab();
    expect((await run('kubectl get foo')).stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
    const missing = await run('kubectl get pod nope');
    expect(missing.stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(missing.exitCode).toBe(1);
    expect((await run('kubectl get pods --bogus')).stderr).toBe("error: unknown flag: --bogus\nSee 'kubectl get --help' for usage.\n");
    expect((await run('kubectl get pods -z')).stderr).toBe("error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n");
  });
});

describe('kubectl apply', () => {
  it('creates, then reports unchanged, then configured', async () => {
    const run = lab();
    expect((await run('kubectl apply -f ns.yaml -f pod.yaml')).stdout).toBe('namespace/shop created\npod/web created\n');
    expect((await run('kubectl apply -f ns.yaml -f pod.yaml')).stdout).toBe('namespace/shop unchanged\npod/web unchanged\n');
    await run("sed_free=1; cat pod.yaml | grep -v 'app: web' > /dev/null");
    await run('cat > pod.yaml <<EOF\n' + POD.replace('app: web', 'app: shop') + 'EOF');
    expect((await run('kubectl apply -f pod.yaml')).stdout).toBe('pod/web configured\n');
    expect((await run('kubectl get pods -n shop --show-labels')).stdout).toMatch(/app=shop\n$/);
  });

  it('applies a directory and standard input', async () => {
    const run = lab({ 'manifests/a-ns.yaml': NAMESPACE, 'manifests/b-pod.yaml': POD, 'manifests/notes.txt': 'not yaml' });
    expect((await run('kubectl apply -f manifests/')).stdout).toBe('namespace/shop created\npod/web created\n');
    expect((await run('cat manifests/b-pod.yaml | kubectl apply -f -')).stdout).toBe('pod/web unchanged\n');
  });

  it('starts pods on the virtual clock: ContainerCreating on the same line, Running by the next', async () => {
    const run = lab();
    const sameLine = await run('kubectl apply -f ns.yaml -f pod.yaml > /dev/null && kubectl get pods -n shop');
    expect(sameLine.stdout).toBe('NAME   READY   STATUS              RESTARTS   AGE\nweb    0/1     ContainerCreating   0          0s\n');
    const nextLine = await run('kubectl get pods -n shop -o wide');
    expect(nextLine.stdout).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE   IP           NODE         NOMINATED NODE   READINESS GATES\n' +
        'web    1/1     Running   0          1s    10.244.1.2   lab-worker   <none>           <none>\n',
    );
  });

  it('shows ErrImagePull, then ImagePullBackOff, for an image the registry lacks', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml');
    await run('cat > bad.yaml <<EOF\n' + POD.replace('nginx:1.27', 'nginxx:1.27') + 'EOF');
    await run('kubectl apply -f bad.yaml');
    expect((await run('kubectl get pods -n shop')).stdout).toContain('ErrImagePull');
    await run('sleep 5');
    expect((await run('kubectl get pods -n shop')).stdout).toContain('ImagePullBackOff');
  });

  it('rejects bad manifests with the real errors', async () => {
    const run = lab({
      'no-ns.yaml': POD,
      'kind.yaml': 'apiVersion: v1\nkind: Pood\nmetadata:\n  name: web\n',
      'field.yaml': POD.replace('labels:', 'label:'),
      'name.yaml': POD.replace('name: web', 'name: Web'),
      'broken.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n   labels: x\n',
      'nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: web\n',
    });
    expect((await run('kubectl apply -f no-ns.yaml')).stderr).toBe('Error from server (NotFound): error when creating "no-ns.yaml": namespaces "shop" not found\n');
    expect((await run('kubectl apply -f kind.yaml')).stderr).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "kind.yaml": no matches for kind "Pood" in version "v1"\nensure CRDs are installed first\n',
    );
    await run('kubectl apply -f ns.yaml');
    expect((await run('kubectl apply -f field.yaml')).stderr).toBe(
      'Error from server (BadRequest): error when creating "field.yaml": Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "metadata.label"\n',
    );
    expect((await run('kubectl apply -f name.yaml')).stderr).toMatch(/^The Pod "Web" is invalid: metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain/);
    expect((await run('kubectl apply -f broken.yaml')).stderr).toMatch(/^error: error parsing broken.yaml: error converting YAML to JSON: yaml: line \d+: \S/);
    expect((await run('kubectl apply -f nokind.yaml')).stderr).toBe(
      'error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect((await run('kubectl apply -f missing.yaml')).stderr).toBe('error: the path "missing.yaml" does not exist\n');
    expect((await run('kubectl apply')).stderr).toBe('error: must specify one of -f and -k\n');
  });

  it('refuses to change a pod spec beyond its image', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    await run('cat > pod.yaml <<EOF\n' + POD.replace('name: nginx', 'name: server') + 'EOF');
    const result = await run('kubectl apply -f pod.yaml');
    expect(result.stderr).toMatch(/^The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`/);
  });
});

describe('kubectl delete and create', () => {
  it('deletes by name, by file and by label, and deleting a namespace deletes its pods', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    expect((await run('kubectl delete pod web -n shop')).stdout).toBe('pod "web" deleted\n');
    expect((await run('kubectl delete pod web -n shop')).stderr).toBe('Error from server (NotFound): pods "web" not found\n');
    await run('kubectl apply -f pod.yaml');
    expect((await run('kubectl delete pods -n shop -l app=web')).stdout).toBe('pod "web" deleted\n');
    await run('kubectl apply -f pod.yaml');
    expect((await run('kubectl delete -f ns.yaml')).stdout).toBe('namespace "shop" deleted\n');
    expect((await run('kubectl get pods -A | grep -c web')).stdout).toBe('0\n');
  });

  it('creates namespaces and refuses duplicates', async () => {
    const run = lab();
    expect((await run('kubectl create namespace team-a')).stdout).toBe('namespace/team-a created\n');
    expect((await run('kubectl create ns team-a')).stderr).toBe('Error from server (AlreadyExists): namespaces "team-a" already exists\n');
  });

  it('prints versions and help', async () => {
    const run = lab();
    expect((await run('kubectl version')).stdout).toBe('Client Version: v1.31.4\nKustomize Version: v5.4.2\nServer Version: v1.31.4\n');
    expect((await run('kubectl --help')).stdout).toContain('kubectl controls the Kubernetes cluster manager.');
    expect((await run('kubectl get --help')).stdout).toContain('Display one or many resources.');
    expect((await run('kubectl frobnicate')).stderr).toBe('error: unknown command "frobnicate" for "kubectl"\n');
  });
});

describe('kubectl label and annotate', () => {
  it('adds, refuses to overwrite without --overwrite, overwrites and removes', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    expect((await run('kubectl label pods web tier=front -n shop')).stdout).toBe('pod/web labeled\n');
    const clash = await run('kubectl label pods web app=shop -n shop');
    expect(clash.stderr).toBe("error: 'app' already has a value (web), and --overwrite is false\n");
    expect(clash.exitCode).toBe(1);
    expect((await run('kubectl label pods web app=shop --overwrite -n shop')).stdout).toBe('pod/web labeled\n');
    expect((await run('kubectl label pod/web tier- -n shop')).stdout).toBe('pod/web unlabeled\n');
    expect((await run('kubectl label pod/web app=shop -n shop')).stdout).toBe('pod/web not labeled\n');
    expect((await run('kubectl get pods -n shop -o jsonpath={.items[0].metadata.labels}')).stdout).toBe('{"app":"shop"}');
    expect((await run('kubectl annotate pods web owner=team-a -n shop')).stdout).toBe('pod/web annotated\n');
    expect((await run('kubectl get pod web -n shop -o jsonpath={.metadata.annotations.owner}')).stdout).toBe('team-a');
  });

  it('labels by selector and rejects invalid keys', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    expect((await run('kubectl label pods -l app=web env=dev -n shop')).stdout).toBe('pod/web labeled\n');
    expect((await run('kubectl label ns shop "bad key=1"')).stderr).toMatch(/^The Namespace "shop" is invalid: metadata.labels: Invalid value: "bad key"/);
    expect((await run('kubectl label pods nope a=b -n shop')).stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe('kubectl get -o jsonpath and custom-columns', () => {
  it('prints fields of one object or of a list', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    expect((await run('kubectl get pod web -n shop -o jsonpath="{.spec.nodeName} {.status.podIP}"')).stdout).toBe('lab-worker 10.244.1.2');
    expect((await run(`kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}'`)).stdout).toBe('lab-control-plane\nlab-worker\nlab-worker2\n');
    expect((await run('kubectl get pods -n shop -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,GATES:.spec.readinessGates')).stdout).toBe(
      'NAME   NODE         GATES\nweb    lab-worker   <none>\n',
    );
    expect((await run("kubectl get pods -o jsonpath='{.items'")).stderr).toBe('error: error parsing jsonpath {.items, unclosed action\n');
    expect((await run('kubectl get pods -o foo')).stderr).toMatch(/^error: unable to match a printer suitable for the output format "foo"/);
  });
});

describe('kubectl describe and events', () => {
  it('describes a running pod with its events, in kubectl\'s layout', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    const { stdout } = await run('kubectl describe pod web -n shop');
    expect(stdout).toContain('Name:             web\nNamespace:        shop\n');
    expect(stdout).toContain('Node:             lab-worker/172.18.0.3\n');
    expect(stdout).toContain('    Image:          nginx:1.27\n    Port:           <none>\n');
    expect(stdout).toContain('    State:          Running\n      Started:      Mon, 05 Jan 2026 09:00:01 +0000\n');
    expect(stdout).toContain(
      'Events:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n' +
        '  Normal  Scheduled  1s    default-scheduler  Successfully assigned shop/web to lab-worker\n',
    );
    expect(stdout).toMatch(/Normal  Started    0s    kubelet            Started container nginx\n$/);
  });

  it('explains an image that cannot be pulled, in events', async () => {
    const run = lab();
    await run('kubectl apply -f ns.yaml');
    await run('cat > bad.yaml <<EOF\n' + POD.replace('nginx:1.27', 'ngnix') + 'EOF');
    await run('kubectl apply -f bad.yaml');
    await run('sleep 4');
    const { stdout } = await run('kubectl describe pod web -n shop');
    expect(stdout).toContain('      Reason:       ImagePullBackOff\n');
    expect(stdout).toMatch(/  Warning  Failed     \d+s    kubelet            Failed to pull image "ngnix": rpc error: code = NotFound/);
    expect(stdout).toMatch(/  Normal   BackOff    \d+s    kubelet            Back-off pulling image "ngnix"\n  Warning  Failed     \d+s    kubelet            Error: ImagePullBackOff\n$/);
    expect((await run('kubectl get events -n shop | grep -c Failed')).stdout).toBe('3\n');
  });

  it('finds by name prefix and reports what is missing', async () => {
    const run = lab();
    expect((await run('kubectl describe node lab-work | grep -c "^Name:"')).stdout).toBe('2\n');
    expect((await run('kubectl describe pod nope')).stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});

describe('kubectl completion', () => {
  it('completes subcommands, types and names', async () => {
    const sandbox = createSandbox({ scenario: 'single-cluster', files: { 'ns.yaml': NAMESPACE, 'pod.yaml': POD } });
    await sandbox.run('kubectl apply -f ns.yaml -f pod.yaml');
    const kubectl = (await import('./index.ts')).kubectl;
    const ctx = { cwd: sandbox.home, fs: sandbox.fs, world: sandbox.world, env: new Map<string, string>() };
    expect(kubectl.complete!(['ge'], ctx)).toContain('get');
    expect(kubectl.complete!(['get', 'po'], ctx)).toContain('pods');
    expect(kubectl.complete!(['get', 'pods', '-n', 'shop', ''], ctx)).toEqual(['web']);
    expect(kubectl.complete!(['get', 'pods', '-n', ''], ctx)).toContain('shop');
  });
});

describe('deployments and replicasets', () => {
  const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: nginx
          image: nginx:1.27
`;

  it('creates a ReplicaSet named by the template hash, and its pods spread over the workers', async () => {
    const run = lab({ 'web.yaml': DEPLOYMENT });
    await run('kubectl apply -f ns.yaml');
    expect((await run('kubectl apply -f web.yaml')).stdout).toBe('deployment.apps/web created\n');
    const { stdout } = await run('kubectl get deploy,rs -n shop');
    expect(stdout).toMatch(/^NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment\.apps\/web   3\/3     3            3           1s\n\nNAME                             DESIRED   CURRENT   READY   AGE\nreplicaset\.apps\/web-[b-df-hj-np-tv-z2-9]{10}   3         3         3       1s\n$/);
    const nodes = (await run("kubectl get pods -n shop -o jsonpath='{.items[*].spec.nodeName}'")).stdout.split(' ').sort();
    expect(nodes).toEqual(['lab-worker', 'lab-worker', 'lab-worker2']);
  });

  it('scales, replaces pods for a new template, and deletes its ReplicaSets and pods with it', async () => {
    const run = lab({ 'web.yaml': DEPLOYMENT });
    await run('kubectl apply -f ns.yaml -f web.yaml');
    expect((await run('kubectl scale deployment web --replicas=5 -n shop')).stdout).toBe('deployment.apps/web scaled\n');
    expect((await run('kubectl get pods -n shop --no-headers | wc -l')).stdout).toBe('5\n');
    await run('cat > web.yaml <<EOF\n' + DEPLOYMENT.replace('nginx:1.27', 'nginx:1.28') + 'EOF');
    expect((await run('kubectl apply -f web.yaml')).stdout).toBe('deployment.apps/web configured\n');
    expect((await run("kubectl get pods -n shop -o jsonpath='{.items[*].spec.containers[0].image}'")).stdout).toBe('nginx:1.28 nginx:1.28 nginx:1.28');
    expect((await run('kubectl get rs -n shop --no-headers | wc -l')).stdout).toBe('2\n');
    expect((await run('kubectl delete deployment web -n shop')).stdout).toBe('deployment.apps "web" deleted\n');
    expect((await run('kubectl get all -n shop')).stderr).toBe('No resources found in shop namespace.\n');
  });

  it('rejects a selector that does not match the template labels', async () => {
    const run = lab({ 'web.yaml': DEPLOYMENT.replace('        app: web\n    spec', '        app: api\n    spec') });
    await run('kubectl apply -f ns.yaml');
    expect((await run('kubectl apply -f web.yaml')).stderr).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"api"}: `selector` does not match template `labels`\n',
    );
    expect((await run('kubectl scale deployment nope --replicas=2 -n shop')).stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });

  it('rolls out a new image, keeps history and rolls back', async () => {
    const run = lab({ 'web.yaml': DEPLOYMENT });
    await run('kubectl apply -f ns.yaml');
    expect((await run('kubectl apply -f web.yaml && kubectl rollout status deployment/web -n shop')).stdout).toBe(
      'deployment.apps/web created\nWaiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available...\ndeployment "web" successfully rolled out\n',
    );
    expect((await run('kubectl set image deployment/web nginx=nginx:1.28 -n shop')).stdout).toBe('deployment.apps/web image updated\n');
    expect((await run('kubectl rollout history deploy/web -n shop')).stdout).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect((await run('kubectl rollout undo deployment/web -n shop')).stdout).toBe('deployment.apps/web rolled back\n');
    expect((await run('kubectl rollout history deploy/web -n shop')).stdout).toContain('2         <none>\n3         <none>\n');
    await run('true');
    expect((await run("kubectl get pods -n shop -o jsonpath='{.items[*].spec.containers[0].image}'")).stdout).toBe('nginx:1.27 nginx:1.27 nginx:1.27');
    expect((await run('kubectl rollout undo deployment/web --to-revision=9 -n shop')).stderr).toBe('error: unable to find specified revision 9 in history\n');
    expect((await run('kubectl set image deployment/web nope=x -n shop')).stderr).toBe('error: unable to find container named "nope"\n');
  });
});

describe('services, endpoint slices, config maps and secrets', () => {
  const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: http
`;
  const NAMED_POD = POD.replace('image: nginx:1.27', 'image: nginx:1.27\n      ports:\n        - name: http\n          containerPort: 8080');

  it('allocates a ClusterIP, keeps it across applies, and lists ready pods with named ports resolved', async () => {
    const run = lab({ 'svc.yaml': SERVICE, 'pod.yaml': NAMED_POD });
    await run('kubectl apply -f ns.yaml -f pod.yaml');
    expect((await run('kubectl apply -f svc.yaml')).stdout).toBe('service/web created\n');
    expect((await run('kubectl get svc -n shop')).stdout).toBe('NAME   TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nweb    ClusterIP   10.96.0.12   <none>        80/TCP    1s\n');
    expect((await run('kubectl apply -f svc.yaml')).stdout).toBe('service/web unchanged\n');
    const slices = (await run('kubectl get endpointslices -n shop --no-headers')).stdout;
    expect(slices).toMatch(/^web-[a-z0-9]{5}\s+IPv4\s+8080\s+10\.244\.1\.2\s+\d+s\n$/);
    await run('kubectl delete pod web -n shop');
    expect((await run('kubectl get endpointslices -n shop --no-headers')).stdout).toMatch(/<unset>\s+<unset>/);
  });

  it('gives NodePort services a port in 30000-32767 and rejects bad specs', async () => {
    const run = lab({ 'np.yaml': SERVICE.replace('spec:\n', 'spec:\n  type: NodePort\n'), 'bad.yaml': SERVICE.replace('- port: 80', '- port: 80000') });
    await run('kubectl apply -f ns.yaml -f np.yaml');
    const port = Number((await run("kubectl get svc web -n shop -o jsonpath='{.spec.ports[0].nodePort}'")).stdout);
    expect(port).toBeGreaterThanOrEqual(30000);
    expect(port).toBeLessThanOrEqual(32767);
    expect((await run('kubectl get svc web -n shop')).stdout).toContain(`80:${port}/TCP`);
    expect((await run('kubectl delete svc web -n shop && kubectl apply -f bad.yaml')).stderr).toBe(
      'The Service "web" is invalid: spec.ports[0].port: Invalid value: 80000: must be between 1 and 65535, inclusive\n',
    );
  });

  it('creates config maps and secrets from literals and files; every namespace has its default service account', async () => {
    const run = lab({ 'app.env': 'debug=true\n' });
    expect((await run('kubectl create configmap app --from-literal=color=blue --from-file=app.env')).stdout).toBe('configmap/app created\n');
    expect((await run("kubectl get cm app -o jsonpath='{.data.app\\.env}'")).stdout).toBe('debug=true\n');
    expect((await run("kubectl get cm app -o jsonpath='{.data.color}'")).stdout).toBe('blue');
    expect((await run('kubectl create secret generic db --from-literal=password=s3cret')).stdout).toBe('secret/db created\n');
    expect((await run("kubectl get secret db -o jsonpath='{.data.password}'")).stdout).toBe('czNjcmV0');
    expect((await run('kubectl create configmap app --from-literal=a=b')).stderr).toBe('Error from server (AlreadyExists): configmaps "app" already exists\n');
    await run('kubectl create ns team');
    expect((await run('kubectl get sa -n team -o name')).stdout).toBe('serviceaccount/default\n');
  });
});

# Lesson 0 demo: the workspace, the cluster, one labelled pod.
kubectl get nodes
kubectl get namespaces
cat namespace.yaml
kubectl apply -f namespace.yaml
kubectl apply -f namespace.yaml
# Write the labelled pod (in the lesson, the learner edits pod.yaml in the editor).
cat > pod.yaml <<'YAML'
apiVersion: v1
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
      ports:
        - containerPort: 80
YAML
kubectl apply -f pod.yaml && kubectl get pods -n shop
kubectl get pods -n shop --show-labels
kubectl get pods -n shop -l app=web -o wide

# Lesson 0 demo: the workspace, the cluster, one labelled pod.
kubectl get nodes
kubectl get namespaces
cat namespace.yaml
kubectl apply -f namespace.yaml
kubectl apply -f namespace.yaml
cat pod.yaml
kubectl apply -f pod.yaml
kubectl get pods -n shop --show-labels
kubectl get pods -n shop -l app=web -o wide

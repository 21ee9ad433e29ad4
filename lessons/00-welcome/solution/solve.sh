kubectl apply -f namespace.yaml
kubectl apply -f pod.yaml

/** The home directory the bash-golden tests start from (the same tree was given to real bash). */
export const files: Record<string, string> = {
  'fruit.txt': 'pear\napple\nbanana\napple\ncherry\n',
  'numbers.txt': '10\n9\n100\n',
  'k8s/pod.yaml': 'kind: Pod\nmetadata:\n  name: web\n',
  'k8s/ns.yaml': 'kind: Namespace\n',
  'words.txt': 'the quick brown fox\njumps over\n\nthe lazy dog\n',
  'a b.txt': 'space\n',
};

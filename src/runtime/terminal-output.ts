/**
 * A one-reader pipe for terminal output: the runtime writes as soon as it starts, the
 * Terminal component attaches when xterm is ready, and nothing written between is lost.
 */
type Reader = (data: string) => void;

let reader: Reader | undefined;
let backlog: string[] = [];

export const terminalOutput = {
  write(data: string): void {
    if (reader) reader(data);
    else backlog.push(data);
  },
  attach(next: Reader): () => void {
    reader = next;
    for (const data of backlog) next(data);
    backlog = [];
    return () => {
      if (reader === next) reader = undefined;
    };
  },
};

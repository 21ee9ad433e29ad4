/**
 * Text streams between commands: buffers that collect output, inputs that hand a
 * whole text over (pipelines run stage by stage, which keeps them deterministic).
 */
import type { InputStream, OutputStream } from '../cli/command.ts';

export interface BufferedOutput extends OutputStream {
  text(): string;
}

export function bufferedOutput(options: { isTTY?: boolean; columns?: number } = {}): BufferedOutput {
  let collected = '';
  return {
    isTTY: options.isTTY ?? false,
    columns: options.columns ?? 80,
    write(text: string) {
      collected += text;
    },
    text: () => collected,
  };
}

export function textInput(text: string, isTTY = false): InputStream {
  return { isTTY, readAll: async () => text };
}

/** Standard input of a command started at the prompt with nothing piped in. */
export const emptyTerminalInput: InputStream = textInput('', true);

/**
 * Parse errors. `IncompleteInput` means "keep reading" (open quote, trailing pipe,
 * unterminated heredoc): the terminal shows a continuation prompt instead of an error.
 */
export class ShellSyntaxError extends Error {
  constructor(message: string) {
    super(message);
  }
}

export class IncompleteInput extends Error {
  constructor(what: string) {
    super(`unexpected end of file (${what})`);
  }
}

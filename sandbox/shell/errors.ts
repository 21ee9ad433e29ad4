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
  /** The quote character left open, when that is what is missing. */
  readonly quote?: string;
  constructor(what: string) {
    super(`unexpected end of file (${what})`);
    if (what === "'" || what === '"' || what === '`') this.quote = what;
  }
}

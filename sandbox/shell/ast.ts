/**
 * The shell's syntax tree: a script is a list of and-or lists; each is pipelines
 * joined by && or ||; each pipeline is simple commands joined by |.
 */

export type WordPart =
  | { type: 'literal'; text: string; quoted: boolean }
  | { type: 'parameter'; name: string; quoted: boolean; operator?: ':-' | '-' | ':=' | ':+' | '#'; argument?: Word }
  | { type: 'command'; script: string; quoted: boolean };

export type Word = WordPart[];

export type RedirectOperator = '>' | '>>' | '<' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redirect {
  fd: number;
  operator: RedirectOperator;
  target: Word;
  /** For heredocs: the body and whether it undergoes expansion. */
  heredoc?: { body: string; expand: boolean };
}

export interface SimpleCommand {
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
  negated: boolean;
}

export interface AndOrList {
  first: Pipeline;
  rest: { operator: '&&' | '||'; pipeline: Pipeline }[];
  /** True when the list ends a line of the script (newline or end of input). */
  endsLine: boolean;
}

export interface Script {
  lists: AndOrList[];
}

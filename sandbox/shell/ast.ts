/**
 * The shell's syntax tree: a script is a list of and-or lists; each is pipelines
 * joined by && or ||; each pipeline is commands joined by |; a command is simple
 * (words, assignments, redirections) or compound (group, if, for, while/until).
 */

export type WordPart =
  | { type: 'literal'; text: string; quoted: boolean }
  | { type: 'parameter'; name: string; quoted: boolean; operator?: ':-' | '-' | ':=' | ':+' | '#'; argument?: Word }
  | { type: 'command'; script: string; quoted: boolean }
  | { type: 'arithmetic'; expression: string; quoted: boolean };

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
  type: 'simple';
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

/** `{ list; }` runs in this shell; `( list )` in a child whose cwd and variables do not leak. */
export interface GroupCommand {
  type: 'group';
  subshell: boolean;
  body: Script;
  redirects: Redirect[];
}

export interface IfCommand {
  type: 'if';
  /** `if` and each `elif`: the first condition that succeeds runs its body. */
  clauses: { condition: Script; body: Script }[];
  otherwise?: Script;
  redirects: Redirect[];
}

export interface ForCommand {
  type: 'for';
  name: string;
  items: Word[];
  body: Script;
  redirects: Redirect[];
}

export interface LoopCommand {
  type: 'while';
  /** `until` loops while the condition fails. */
  until: boolean;
  condition: Script;
  body: Script;
  redirects: Redirect[];
}

export type CompoundCommand = GroupCommand | IfCommand | ForCommand | LoopCommand;
export type Command = SimpleCommand | CompoundCommand;

export interface Pipeline {
  commands: Command[];
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

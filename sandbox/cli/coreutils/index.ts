/** The file and text utilities a learner reaches for, GNU-flavoured. */
import type { CommandDefinition } from '../command.ts';
import { cat } from './cat.ts';
import { cp, mkdir, mv, rm, touch } from './files.ts';
import { grep } from './grep.ts';
import { head, tail } from './head-tail.ts';
import { ls } from './ls.ts';
import { seq } from './seq.ts';
import { sort, uniq } from './sort-uniq.ts';
import { wc } from './wc.ts';

export const coreutils: CommandDefinition[] = [cat, ls, grep, head, tail, wc, sort, uniq, mkdir, rm, cp, mv, touch, seq];

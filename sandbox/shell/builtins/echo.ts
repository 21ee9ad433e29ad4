/** `echo` and `printf`, with bash's escape handling. */
import type { CommandDefinition } from '../../cli/command.ts';

function interpretEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i === text.length - 1) {
      out += c;
      continue;
    }
    const next = text[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '0': '\0' };
    if (next === 'c') return { text: out, stop: true };
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))?.[0];
      if (hex) {
        out += String.fromCharCode(parseInt(hex, 16));
        i += hex.length;
        continue;
      }
    }
    out += next in simple ? simple[next] : '\\' + next;
  }
  return { text: out, stop: false };
}

export const echo: CommandDefinition = {
  name: 'echo',
  builtin: true,
  summary: 'write arguments to standard output',
  help: 'echo: echo [-neE] [arg ...]\n    Write arguments to the standard output.\n\n    Options:\n      -n\tdo not append a newline\n      -e\tenable interpretation of backslash escapes\n      -E\tdisable interpretation of backslash escapes (default)',
  handlesHelp: true,
  run({ argv, stdout }) {
    let args = argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length > 0 && /^-[neE]+$/.test(args[0])) {
      for (const flag of args[0].slice(1)) {
        if (flag === 'n') newline = false;
        else if (flag === 'e') escapes = true;
        else escapes = false;
      }
      args = args.slice(1);
    }
    let text = args.join(' ');
    if (escapes) {
      const result = interpretEscapes(text);
      text = result.text;
      if (result.stop) newline = false;
    }
    stdout.write(text + (newline ? '\n' : ''));
    return 0;
  },
};

/** One pass of a printf format over `args`; returns the text and how many args it used. */
function formatOnce(format: string, args: string[]): { text: string; used: number; error?: string } {
  let out = '';
  let used = 0;
  let error: string | undefined;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\') {
      const { text } = interpretEscapes(format.slice(i, i + 2));
      out += text;
      i++;
      continue;
    }
    if (c !== '%') {
      out += c;
      continue;
    }
    const spec = /^%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdbicxXfou%])/.exec(format.slice(i));
    if (!spec) {
      out += c;
      continue;
    }
    i += spec[0].length - 1;
    const [, flags, width, precision, conversion] = spec;
    if (conversion === '%') {
      out += '%';
      continue;
    }
    const arg = args[used++] ?? '';
    let text: string;
    if (conversion === 'd' || conversion === 'i' || conversion === 'u') {
      const n = arg === '' ? 0 : Number.parseInt(arg, 10);
      if (arg !== '' && Number.isNaN(n)) error = `printf: ${arg}: invalid number`;
      text = String(Number.isNaN(n) ? 0 : n);
    } else if (conversion === 'f') {
      text = (Number.parseFloat(arg) || 0).toFixed(precision ? Number(precision) : 6);
    } else if (conversion === 'x' || conversion === 'X' || conversion === 'o') {
      const n = Number.parseInt(arg || '0', 10) || 0;
      text = n.toString(conversion === 'o' ? 8 : 16);
      if (conversion === 'X') text = text.toUpperCase();
    } else if (conversion === 'b') {
      text = interpretEscapes(arg).text;
    } else if (conversion === 'c') {
      text = arg.slice(0, 1);
    } else {
      text = precision ? arg.slice(0, Number(precision)) : arg;
    }
    const pad = Number(width || 0);
    if (text.length < pad) {
      const filler = flags.includes('0') && !flags.includes('-') && conversion !== 's' ? '0' : ' ';
      text = flags.includes('-') ? text.padEnd(pad) : text.padStart(pad, filler);
    }
    out += text;
  }
  return { text: out, used, error };
}

export const printf: CommandDefinition = {
  name: 'printf',
  builtin: true,
  summary: 'format and print data',
  help: 'printf: printf format [arguments]\n    Formats and prints ARGUMENTS under control of the FORMAT (%s %d %f %x %b %c, escapes like \\n).',
  run({ argv, stdout, stderr }) {
    const [format, ...args] = argv.slice(1);
    if (format === undefined) {
      stderr.write('printf: usage: printf [-v var] format [arguments]\n');
      return 2;
    }
    let rest = args;
    let status = 0;
    do {
      const { text, used, error } = formatOnce(format, rest);
      stdout.write(text);
      if (error) {
        stderr.write(`bash: ${error}\n`);
        status = 1;
      }
      if (used === 0) break;
      rest = rest.slice(used);
    } while (rest.length > 0);
    return status;
  },
};

/**
 * `npm run lab -- …`: the sandbox under Node, without a browser. Runs commands in a
 * fresh sandbox (from -c, a script file or standard input) and prints what the
 * terminal would print; `shell` opens an interactive shell in the real terminal.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createSandbox, type Sandbox } from '../sandbox/index.ts';
import { applySolution, checksForStep, createLessonSandbox, type LessonBundle } from '../sandbox/lesson.ts';
import { lessonIds, loadLessonBundle } from '../lessons/catalog.node.ts';
import { scenarioNames } from '../sandbox/scenarios/index.ts';
import { formatCheckResults } from './format-checks.ts';
import { runInteractiveShell } from './interactive.ts';

const usage = `Usage: npm run lab -- [options] [FILE | shell]

Run commands in a fresh VPNception sandbox and print what the terminal would print.

Options:
  --scenario NAME   start from a named world (${scenarioNames().join(', ')})
  --lesson ID       start from a lesson: its scenario, with its files in the working directory
  --solve           apply the lesson's solution first
  --check           run the lesson's checks (all, or --step's), one line each;
                    exit 0 only if all pass
  --step SLUG       with --check: only this step's checks
  -c COMMANDS       run COMMANDS (like bash -c)
  --list            list lessons and scenarios
  -h, --help        show this help

Commands come from -c, from FILE, or from standard input; \`shell\` (or no input on a
terminal) opens an interactive shell. The exit status is the last command's.
`;

function fail(message: string): never {
  process.stderr.write(`lab: ${message}\nTry 'npm run lab -- --help' for more information.\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        scenario: { type: 'string' },
        lesson: { type: 'string' },
        solve: { type: 'boolean' },
        check: { type: 'boolean' },
        step: { type: 'string' },
        c: { type: 'string', short: 'c' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (values.list) {
    process.stdout.write(`lessons:   ${lessonIds().join(' ')}\nscenarios: ${scenarioNames().join(' ')}\n`);
    return 0;
  }
  if (values.scenario && values.lesson) fail('--scenario and --lesson cannot be used together');
  if ((values.solve || values.check || values.step) && !values.lesson) fail('--solve, --check and --step need --lesson');
  if (positionals.length > 1) fail(`too many arguments: ${positionals.join(' ')}`);

  let bundle: LessonBundle | undefined;
  let sandbox: Sandbox;
  try {
    if (values.lesson) {
      bundle = await loadLessonBundle(values.lesson);
      sandbox = createLessonSandbox(bundle);
    } else {
      sandbox = createSandbox({ scenario: values.scenario });
    }
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  if (values.solve && bundle) {
    const solution = await applySolution(sandbox, bundle);
    if (solution.exitCode !== 0) {
      process.stderr.write(solution.stdout + solution.stderr);
      process.stderr.write(`lab: the solution of ${bundle.id} failed with exit status ${solution.exitCode}\n`);
      return solution.exitCode;
    }
  }

  const [target] = positionals;
  const interactive = target === 'shell' || (!target && values.c === undefined && !values.solve && !values.check && process.stdin.isTTY);
  if (interactive) return runInteractiveShell(sandbox);

  let script: string | undefined = values.c;
  if (script === undefined && target) {
    try {
      script = readFileSync(target, 'utf8');
    } catch {
      fail(`${target}: No such file or directory`);
    }
  }
  if (script === undefined && !values.solve && !values.check) script = await readStdin();

  let status = 0;
  if (script !== undefined) {
    const color = Boolean(process.stdout.isTTY);
    status = await sandbox.shell.run(script, {
      stdout: { write: (text) => process.stdout.write(text), isTTY: color, columns: process.stdout.columns ?? 80 },
      stderr: { write: (text) => process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY), columns: process.stderr.columns ?? 80 },
    });
  }

  if (values.check && bundle) {
    let checks;
    try {
      checks = checksForStep(bundle, values.step);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    const results = await sandbox.runChecks(checks);
    process.stdout.write(formatCheckResults(results, { color: Boolean(process.stdout.isTTY) }));
    return results.every((result) => result.pass) ? 0 : 1;
  }
  return status;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`lab: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(70);
  },
);

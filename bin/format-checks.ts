/**
 * Check results as lines for a terminal: one line per check, the hint indented
 * below a failing one.
 */
import type { CheckResult } from '../sandbox/checks/types.ts';

export function formatCheckResults(results: readonly CheckResult[], options: { color: boolean }): string {
  const paint = (code: string, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const lines: string[] = [];
  for (const result of results) {
    const mark = result.pass ? paint('32', 'PASS') : paint('31', 'FAIL');
    lines.push(`${mark} ${result.id}: ${result.message}`);
    if (!result.pass && result.hint) lines.push(`     hint: ${result.hint}`);
  }
  const passed = results.filter((result) => result.pass).length;
  lines.push(`${passed}/${results.length} checks pass`);
  return lines.join('\n') + '\n';
}

/**
 * Test helpers for the lesson page's xterm terminal: type a command line like a user
 * and read the screen back as plain text lines.
 */
import { expect, type Page } from '@playwright/test';

export async function waitForPrompt(page: Page): Promise<void> {
  await expect(page.getByTestId('terminal')).toHaveAttribute('data-terminal-ready', 'true', { timeout: 20_000 });
}

/** The visible terminal rows, with xterm's non-breaking spaces made plain and right-trimmed. */
export async function terminalLines(page: Page): Promise<string[]> {
  return page
    .getByTestId('terminal')
    .locator('.xterm-rows > div')
    .evaluateAll((rows) => rows.map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
}

export async function typeCommand(page: Page, line: string): Promise<void> {
  await page.getByTestId('terminal').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Wait until some terminal row satisfies `match`. */
export async function expectTerminalLine(page: Page, match: RegExp, count = 1): Promise<void> {
  await expect
    .poll(async () => (await terminalLines(page)).filter((line) => match.test(line)).length, {
      message: `terminal line matching ${match}`,
    })
    .toBeGreaterThanOrEqual(count);
}

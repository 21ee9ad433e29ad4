/**
 * A learner's walk through the welcome lesson in real Chromium: course page, terminal,
 * editor, checks, solve and reset — with no errors in the console along the way.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectTerminalLine, terminalLines, typeCommand, waitForPrompt } from './terminal.ts';

const shots = 'test-results/screenshots';

/** Every console error and uncaught exception, from the page and its workers. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /failed to load worker/i.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('worker', (worker) => worker.on('close', () => undefined));
  return errors;
}

test('course page lists the lessons and links to them', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const link = page.getByRole('link', { name: 'Welcome to the lab' });
  await expect(link).toBeVisible();
  await expect(page.getByText(/\d+ min/).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/course.png`, fullPage: true });
  await link.click();
  await expect(page).toHaveURL(/\/lessons\/00-welcome\/$/);
  await waitForPrompt(page);
  expect(errors).toEqual([]);
});

test('welcome lesson: terminal, editor, checks, solve and reset', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/lessons/00-welcome/');
  await waitForPrompt(page);

  await typeCommand(page, 'echo hello');
  await expectTerminalLine(page, /^hello$/);

  await typeCommand(page, 'kubectl get nodes');
  await expectTerminalLine(page, /^lab-\S+\s+Ready\b/, 3);
  await page.screenshot({ path: `${shots}/lesson-start.png` });

  // Open the manifest from the file tree and edit it with the keyboard.
  await page.getByRole('navigation', { name: 'Workspace files' }).getByRole('button', { name: /pod\.yaml/ }).click();
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.view-lines')).toContainText('kind: Pod');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('# edited in the browser');
  await expect(editor.locator('.view-lines')).toContainText('# edited in the browser');

  await typeCommand(page, 'cat pod.yaml');
  await expectTerminalLine(page, /^# edited in the browser$/);

  // Step 3 checks the labelled pod, which does not exist yet.
  await page.getByRole('button', { name: /Run a labelled pod/ }).click();
  await expect(page).toHaveURL(/step=3/);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const results = page.getByTestId('check-results');
  await expect(results.locator('[data-pass="false"]').first()).toBeVisible();
  await expect(results.locator('[data-pass="false"] .check__message').first()).not.toBeEmpty();
  await page.screenshot({ path: `${shots}/lesson-checks-failing.png` });

  // Solve shows what it runs, then every check passes.
  await page.getByRole('button', { name: 'Solve' }).click();
  await expectTerminalLine(page, /^\$ kubectl apply -f pod\.yaml$/);
  await expect(editor.locator('.view-lines')).toContainText('app: web');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(results.locator('[data-pass="false"]')).toHaveCount(0);
  await expect(results.locator('[data-pass="true"]').first()).toBeVisible();
  await expect(page.getByText('All checks pass')).toBeVisible();
  await page.screenshot({ path: `${shots}/lesson-solved.png` });

  // Reset asks first, then brings back the starting files and a fresh shell.
  await page.getByRole('button', { name: 'Reset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset this lesson?' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: `${shots}/lesson-reset-dialog.png` });
  await dialog.getByRole('button', { name: 'Reset lesson' }).click();
  await expect(dialog).toBeHidden();
  await expect(results).toBeHidden();
  await expect(editor.locator('.view-lines')).toContainText('TODO');
  await expect.poll(async () => (await terminalLines(page)).join('\n')).not.toContain('kubectl get nodes');
  await typeCommand(page, 'cat pod.yaml');
  await expectTerminalLine(page, /# TODO: add the label/);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(results.locator('[data-pass="false"]').first()).toBeVisible();

  expect(errors).toEqual([]);
});

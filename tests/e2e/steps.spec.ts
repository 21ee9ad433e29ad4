/**
 * Step navigation: `?step=N` opens step N, Next/Previous move through the steps and
 * update the URL, and the sandbox keeps its state across steps.
 */
import { expect, test } from '@playwright/test';
import { expectTerminalLine, typeCommand, waitForPrompt } from './terminal.ts';

test('steps are addressable and keep the sandbox', async ({ page }) => {
  await page.goto('/lessons/00-welcome/?step=2');
  await expect(page.getByRole('heading', { level: 1, name: 'Create a namespace' })).toBeVisible();
  await waitForPrompt(page);
  await typeCommand(page, 'echo kept');
  await expectTerminalLine(page, /^kept$/);

  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(/step=3$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Run a labelled pod' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next →' })).toBeDisabled();

  await page.getByRole('button', { name: '← Previous' }).click();
  await page.getByRole('button', { name: '← Previous' }).click();
  await expect(page).toHaveURL(/step=1$/);
  await expect(page.getByText('This step has nothing to check')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a namespace' })).toBeVisible();
  await expectTerminalLine(page, /^kept$/);
});

/**
 * The editor and the terminal share one file system: files that commands create show
 * up in the file tree, and a file changed by a command reloads in the editor.
 */
import { expect, test } from '@playwright/test';
import { typeCommand, waitForPrompt } from './terminal.ts';

test('files written by commands appear in the tree and the open editor', async ({ page }) => {
  await page.goto('/lessons/00-welcome/');
  await waitForPrompt(page);
  const tree = page.getByRole('navigation', { name: 'Workspace files' });

  await typeCommand(page, 'echo "note: from the shell" > notes.yaml');
  await expect(tree.getByRole('button', { name: /notes\.yaml/ })).toBeVisible();

  await tree.getByRole('button', { name: /pod\.yaml/ }).click();
  const view = page.getByTestId('editor').locator('.view-lines');
  await expect(view).toContainText('kind: Pod');
  await typeCommand(page, 'echo "# appended by the shell" >> pod.yaml');
  await expect(view).toContainText('# appended by the shell');
});

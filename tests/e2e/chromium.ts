/**
 * Which Chromium the e2e tests and the bench launch: Debian's /usr/bin/chromium when
 * present (Playwright cannot download browsers here), else Playwright's own.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

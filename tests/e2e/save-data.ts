import type { BrowserContext } from '@playwright/test';

/**
 * Makes the browser say the phone asks to save data (`navigator.connection.saveData`), so the app sends
 * nothing big unasked: a test can then see exactly what one action downloads, with no background save.
 */
export async function askToSaveData(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true }), configurable: true });
  });
}

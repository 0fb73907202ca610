import { expect, type Page } from '@playwright/test';

/** Runs a command of the palette (Ctrl+K) by its label, as a keyboard user would. */
export async function runCommand(page: Page, label: string) {
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command' }).fill(label);
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Type a command' })).toHaveCount(0);
}

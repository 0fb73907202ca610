import type { Page } from '@playwright/test';

/** Calls the API from the page, as the UI does (same origin, the tab's token); throws on a failed call. */
export async function callApi<T = any>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const token = sessionStorage.getItem('fieldnotes.token') ?? '';
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-fieldnotes-token': token }, body: JSON.stringify(input) });
      const body = await response.json();
      if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
      return body.value;
    },
    { method, input },
  );
}

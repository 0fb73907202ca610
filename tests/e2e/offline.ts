import { expect, type Page } from '@playwright/test';

/**
 * The offline rule, checked on a real page: every request it makes and every uncaught error or
 * Content-Security-Policy refusal it reports are recorded from `watch(page)` on.
 */
export class OfflineWatch {
  private requested: string[] = [];
  private problems: string[] = [];

  watch(page: Page): void {
    this.requested = [];
    this.problems = [];
    page.on('request', (request) => this.requested.push(request.url()));
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) this.problems.push(message.text());
    });
  }

  /** Every request since `watch` went to the browser-mode server on 127.0.0.1 (or a blob: URL it made), and nothing failed. */
  expectOnlyLocal(origin: string): void {
    const { requested, problems } = this;
    this.requested = [];
    this.problems = [];
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`)), `requests that left ${origin}`).toEqual([]);
    expect(requested.every((url) => new URL(url.replace(/^blob:/, '')).hostname === '127.0.0.1')).toBe(true);
    expect(problems, 'CSP violations or uncaught errors').toEqual([]);
  }
}

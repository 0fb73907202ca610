import { expect, type Page } from '@playwright/test';
import { callApi } from './api';

/**
 * Loads the demo case and adds a record of every kind through the API the page uses: actors, an
 * incident, two witnesses with consent and an account, dated figures and a quote.
 */
export async function loadDemoWithRecords(page: Page) {
  await page.getByRole('button', { name: 'Load the demo case' }).click();
  await expect(page.getByRole('listbox', { name: 'Articles' }).getByRole('option').nth(2)).toBeVisible();
  const call = <T = any>(method: string, input: unknown) => callApi<T>(page, method, input);
  const { cases } = await call('cases.list', {});
  const caseId = cases[0].id;
  const sohr = await call('actors.create', { name: 'Syrian Observatory for Human Rights', type: 'organisation', aliases: [{ alias: 'SOHR' }] });
  await call('actors.create', { name: 'Syrian Network for Human Rights', type: 'organisation', aliases: [{ alias: 'SNHR' }] });
  await call('incidents.create', { caseId, title: 'Killings in the villages around Baniyas', start: '2025-03-07', end: '2025-03-09', placeNameEn: 'Baniyas', placeNameAr: 'بانياس', type: 'mass killing', status: 'confirmed' });
  for (const n of [1, 2]) {
    const w = await call('witnesses.create', { caseId, description: `Resident of a village near Baniyas, witness ${n}` });
    await call('witnesses.consent.set', { witnessId: w.id, purpose: 'store', givenAt: '2025-04-02' });
    await call('witnesses.consent.set', { witnessId: w.id, purpose: 'share_team', givenAt: '2025-04-02' });
    await call('accounts.create', { witnessId: w.id, caseId, language: 'en', relation: 'survivor', narrative: `Account ${n}: we hid in the orchard until the shooting stopped.`, locationCoarse: 'Tartus governorate' });
  }
  for (const [group, value] of [['civilians', 745], ['security_forces', 125], ['fighters', 148]] as const) {
    await call('figures.create', { caseId, reporterId: sohr.id, reportedDate: '2025-03-09', outcome: 'killed', group, count: { qualifier: 'exact', value }, wording: `${value} ${group.replace('_', ' ')}` });
  }
  await call('quotes.create', { caseId, text: 'They are going after us just because we are Alawite.', language: 'en', speakerDescriptor: 'a resident of Baniyas, by telephone' });
  return { caseId };
}

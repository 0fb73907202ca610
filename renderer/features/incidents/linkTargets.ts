import type { Account } from '../../../src/shared/schemas/witness';
import type { Figure } from '../../../src/shared/schemas/figure';
import type { Incident } from '../../../src/shared/schemas/incident';
import type { LinkableType, LinkRelation, Quote } from '../../../src/shared/schemas/evidence';
import type { Client } from '../../api/client';
import { formatCount, formatPublicationDate } from '../../lib/format';
import { incidentWhen } from './incidentWords';

/** Record types a link can be made to from the links panel, with their names in the form. */
export const LINK_TARGET_TYPES: readonly { type: LinkableType; label: string }[] = [
  { type: 'incident', label: 'Incident' },
  { type: 'account', label: 'Eyewitness account' },
  { type: 'figure', label: 'Casualty figure' },
  { type: 'quote', label: 'Quote' },
  { type: 'article', label: 'Article' },
  { type: 'actor', label: 'Actor' },
];

export const typeLabel: Record<LinkableType, string> = {
  article: 'Article',
  highlight: 'Highlight',
  case: 'Case',
  figure: 'Figure',
  quote: 'Quote',
  account: 'Account',
  incident: 'Incident',
  actor: 'Actor',
  witness: 'Witness',
};

export const LINK_RELATIONS: readonly LinkRelation[] = ['corroborates', 'contradicts', 'relates_to'];
export const relationLabel: Record<LinkRelation, string> = { corroborates: 'corroborates', contradicts: 'contradicts', relates_to: 'relates to' };

export interface RecordOption {
  id: string;
  label: string;
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

export const incidentLabel = (i: Incident) => `${i.title} (${incidentWhen(i)})`;
export const accountLabel = (a: Account) => `${a.witnessCode}, ${a.interviewDate ? `interviewed ${formatPublicationDate(a.interviewDate)}` : 'interview date not given'}`;
export function figureLabel(f: Figure): string {
  const count = f.wording || (f.min === f.max || f.max === null ? formatCount(f.min ?? 0) : `${formatCount(f.min ?? 0)}–${formatCount(f.max)}`);
  return `${f.reporterName}: ${count} ${f.group.replace(/_/g, ' ')} ${f.outcome} (${formatPublicationDate(f.asOfDate ?? f.reportedDate) || 'undated'})`;
}
export const quoteLabel = (q: Quote) => `“${clip(q.text, 60)}” (${q.speakerName ?? (q.speakerDescriptor || 'unnamed speaker')})`;

/** The records of one type a link may point to, labelled for a select. */
export async function listTargets(client: Client, type: LinkableType): Promise<RecordOption[]> {
  switch (type) {
    case 'incident':
      return (await client.call('incidents.list', {})).incidents.map((i) => ({ id: i.id, label: incidentLabel(i) }));
    case 'account':
      return (await client.call('accounts.list', {})).accounts.map((a) => ({ id: a.id, label: accountLabel(a) }));
    case 'figure':
      return (await client.call('figures.list', {})).figures.map((f) => ({ id: f.id, label: figureLabel(f) }));
    case 'quote':
      return (await client.call('quotes.list', {})).quotes.map((q) => ({ id: q.id, label: quoteLabel(q) }));
    case 'actor':
      return (await client.call('actors.list', {})).actors.map((a) => ({ id: a.id, label: a.name }));
    case 'article':
      return (await client.call('articles.list', { sort: 'title', direction: 'asc' })).items.map((a) => ({ id: a.id, label: a.title }));
    default:
      return [];
  }
}

/** One record's label, for a link's far end ("Incident: Raid on …"). */
export async function describeRecord(client: Client, type: LinkableType, id: string): Promise<string> {
  switch (type) {
    case 'incident':
      return incidentLabel(await client.call('incidents.get', { id }));
    case 'account':
      return accountLabel(await client.call('accounts.get', { id }));
    case 'figure':
      return figureLabel(await client.call('figures.get', { id }));
    case 'quote':
      return quoteLabel(await client.call('quotes.get', { id }));
    case 'actor':
      return (await client.call('actors.get', { id })).name;
    case 'article':
      return (await client.call('articles.get', { id })).title;
    case 'witness':
      return (await client.call('witnesses.get', { id })).code;
    default:
      return `${typeLabel[type]} ${id.slice(0, 8)}`;
  }
}

import type { LinkableType } from '../../shared/schemas/evidence';

/** The table that holds each kind of record that links (and, all but witnesses, codes) can point at. */
export const RECORD_TABLES: Record<LinkableType, string> = {
  article: 'articles',
  highlight: 'highlights',
  case: 'cases',
  figure: 'figures',
  quote: 'quotes',
  account: 'accounts',
  incident: 'incidents',
  actor: 'actors',
  witness: 'witnesses',
};

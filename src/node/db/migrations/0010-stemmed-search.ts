import type { Migration } from '../migration';
import { stemmedSearchIndexSql } from '../search-index';
import { NAMES_SQL_FUNCTION, NORMALIZE_SQL_FUNCTION, STEM_SQL_FUNCTION } from '../sql-functions';
import { SEARCH_SOURCES } from './0003-search';
import { EVIDENCE_SEARCH_SOURCES } from './0005-evidence';

/**
 * Search that understands words: every search index (articles, highlights, memos, cases and the
 * evidence records) is built again with three columns over the same text — the normalised
 * surface form (as before), every word stemmed (Arabic light stemming, English Snowball), and
 * the capitalised Latin words transliteration-folded — ranked by BM25 with the surface column
 * weighted highest. The indexes are rebuilt here, inside the migration's transaction.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'stemmed search indexes',
  up(db) {
    const fn = { normalize: NORMALIZE_SQL_FUNCTION, stem: STEM_SQL_FUNCTION, names: NAMES_SQL_FUNCTION };
    db.exec([...SEARCH_SOURCES, ...EVIDENCE_SEARCH_SOURCES].map((s) => stemmedSearchIndexSql(s, fn)).join('\n'));
  },
};

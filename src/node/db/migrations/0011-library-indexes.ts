import type { Migration } from '../migration';

/**
 * Indexes for the library at field scale. Both are partial (live articles only), so a query that
 * leaves out the trash reads the index alone: a page sorted by title walks articles_live_title in
 * order (title, then id as the tie-break, as articles.list sorts), and counting the live articles
 * reads that index instead of every row (whose deleted_at sits after the reading text).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'library indexes',
  up(db) {
    db.exec(`
      CREATE INDEX articles_live_title ON articles(title COLLATE NOCASE, id) WHERE deleted_at IS NULL;
    `);
  },
};

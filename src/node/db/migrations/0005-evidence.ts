import { historyTriggersSql } from '../history-triggers';
import type { Migration } from '../migration';
import { searchIndexSql } from '../search-index';
import { NORMALIZE_SQL_FUNCTION as N } from '../sql-functions';
import { undoTriggersSql } from '../undo-triggers';

const inList = (values: readonly string[]) => `(${values.map((v) => `'${v}'`).join(', ')})`;
const OUTCOMES = inList(['killed', 'injured', 'missing', 'detained', 'displaced']);
const GROUPS = inList(['total', 'civilians', 'security_forces', 'fighters', 'other', 'children', 'women', 'medical_workers', 'journalists']);
const QUALIFIERS = inList(['exact', 'at_least', 'over', 'about', 'up_to', 'range', 'vague']);
const LINKABLE = inList(['article', 'highlight', 'case', 'figure', 'quote', 'account', 'incident', 'actor', 'witness']);
const CONSENT_PURPOSES = inList(['store', 'analyse', 'share_team', 'publish_anonymised', 'publish_named', 'legal_submission']);
const ANCHOR = inList(['anchored', 'review', 'orphaned']);

/** Each evidence record type with a search index: the same model as 0003's SEARCH_SOURCES. Witnesses have none. */
export const EVIDENCE_SEARCH_SOURCES = [
  {
    type: 'figure',
    table: 'figures',
    fts: 'fts_figures',
    body: (r: string) => `${N}(${r}.wording || char(10) || ifnull(${r}.exact, '') || char(10) || ${r}.scope_place || char(10) || ifnull(${r}.identity, ''))`,
    columns: 'wording, exact, scope_place, identity, deleted_at',
  },
  {
    type: 'quote',
    table: 'quotes',
    fts: 'fts_quotes',
    body: (r: string) => `${N}(${r}.text || char(10) || ${r}.translation || char(10) || ${r}.speaker_descriptor || char(10) || ${r}.speaker_role || char(10) || ${r}.context)`,
    columns: 'text, translation, speaker_descriptor, speaker_role, context, deleted_at',
  },
  { type: 'account', table: 'accounts', fts: 'fts_accounts', body: (r: string) => `${N}(${r}.narrative || char(10) || ${r}.translation)`, columns: 'narrative, translation, deleted_at' },
  { type: 'actor', table: 'actors', fts: 'fts_actors', body: (r: string) => `${N}(${r}.name || char(10) || ${r}.alias_text || char(10) || ${r}.description)`, columns: 'name, alias_text, description, deleted_at' },
  {
    type: 'incident',
    table: 'incidents',
    fts: 'fts_incidents',
    body: (r: string) =>
      `${N}(${r}.title || char(10) || ${r}.type || char(10) || ${r}.place_name_en || char(10) || ${r}.place_name_ar || char(10) || ${r}.admin1 || char(10) || ${r}.admin2 || char(10) || ${r}.description)`,
    columns: 'title, type, place_name_en, place_name_ar, admin1, admin2, description, deleted_at',
  },
] as const;


const SELECTOR_COLUMNS = `
  start_pos      INTEGER CHECK (start_pos >= 0),
  end_pos        INTEGER,
  exact          TEXT,
  prefix         TEXT,
  suffix         TEXT,
  anchor_status  TEXT CHECK (anchor_status IN ${ANCHOR}),
  previous_exact TEXT,`;
const SELECTOR_CHECK = `CHECK ((start_pos IS NULL) = (exact IS NULL) AND (start_pos IS NULL) = (anchor_status IS NULL) AND (start_pos IS NULL OR end_pos > start_pos))`;
const SELECTOR_JSON = (r: string) => `'article', ${r}.article_id, 'start', ${r}.start_pos, 'end', ${r}.end_pos, 'exact', ${r}.exact, 'anchor', ${r}.anchor_status`;

const figureJson = (r: string) =>
  `json_object(${SELECTOR_JSON(r)}, 'case', ${r}.case_id, 'incident', ${r}.incident_id, 'reporter', ${r}.reporter_id, 'reportedDate', ${r}.reported_date,
    'asOfDate', ${r}.as_of_date, 'outcome', ${r}.outcome, 'group', ${r}.group_counted, 'identity', ${r}.identity, 'identityBasis', ${r}.identity_basis,
    'qualifier', ${r}.qualifier, 'min', ${r}.min_count, 'max', ${r}.max_count, 'wording', ${r}.wording, 'scopePlace', ${r}.scope_place,
    'periodStart', ${r}.scope_period_start, 'periodEnd', ${r}.scope_period_end, 'countingMethod', ${r}.counting_method, 'updates', ${r}.updates_id,
    'memo', ${r}.memo, 'deleted_at', ${r}.deleted_at)`;
const quoteJson = (r: string) =>
  `json_object(${SELECTOR_JSON(r)}, 'case', ${r}.case_id, 'text', ${r}.text, 'language', ${r}.language, 'translation', ${r}.translation,
    'speaker', ${r}.speaker_id, 'speakerDescriptor', ${r}.speaker_descriptor, 'speakerRole', ${r}.speaker_role, 'mode', ${r}.mode,
    'date', ${r}.quote_date, 'context', ${r}.context, 'memo', ${r}.memo, 'deleted_at', ${r}.deleted_at)`;
const accountJson = (r: string) =>
  `json_object('witness', ${r}.witness_id, 'case', ${r}.case_id, 'interviewDate', ${r}.interview_date, 'interviewer', ${r}.interviewer,
    'locationCoarse', ${r}.location_coarse, 'language', ${r}.language, 'interpreter', ${r}.interpreter, 'relation', ${r}.relation,
    'narrative', ${r}.narrative, 'translation', ${r}.translation, 'incidentDate', ${r}.incident_date, 'incidentPlace', ${r}.incident_place,
    'reliabilityNote', ${r}.reliability_note, 'memo', ${r}.memo, 'deleted_at', ${r}.deleted_at)`;
const consentJson = (r: string) => `json_object('consent', ${r}.purpose, 'givenAt', ${r}.given_at, 'withdrawnAt', ${r}.withdrawn_at, 'note', ${r}.note)`;

/** Tables whose rows analysts' undo can reverse. Witnesses and their identities are deliberately not among them. */
const UNDOABLE = ['actors', 'actor_aliases', 'incidents', 'figures', 'quotes', 'article_gradings', 'accounts', 'witness_consents', 'links'];

/**
 * Evidence records: actors with aliases, incidents, casualty figures as claims, source grading,
 * quotes, witnesses (identifying details apart, never indexed, never in undo or history values),
 * consent per purpose, eyewitness accounts and links between records. Undo, history and search
 * indexes for them, built the same way as in 0002, 0004 and 0003.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'evidence: actors, incidents, figures, grading, quotes, witnesses, accounts, links',
  up(db) {
    db.exec(`
      CREATE TABLE actors (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        name_normalized TEXT NOT NULL,
        type            TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'armed_group', 'place')),
        description     TEXT NOT NULL DEFAULT '',
        -- Every alias, one a line, for the search index (kept in step by the service with actor_aliases).
        alias_text      TEXT NOT NULL DEFAULT '',
        merged_into     TEXT REFERENCES actors(id),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
      CREATE INDEX actors_name ON actors(name_normalized);

      CREATE TABLE actor_aliases (
        id         TEXT PRIMARY KEY,
        actor_id   TEXT NOT NULL REFERENCES actors(id),
        alias      TEXT NOT NULL,
        normalized TEXT NOT NULL CHECK (normalized <> ''),
        language   TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX actor_aliases_unique ON actor_aliases(actor_id, normalized);
      CREATE INDEX actor_aliases_normalized ON actor_aliases(normalized);

      CREATE TABLE incidents (
        id              TEXT PRIMARY KEY,
        case_id         TEXT REFERENCES cases(id) ON DELETE SET NULL,
        title           TEXT NOT NULL,
        type            TEXT NOT NULL DEFAULT '',
        status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'contested')),
        start_date      TEXT,
        start_precision TEXT CHECK (start_precision IN ('day', 'month')),
        end_date        TEXT,
        end_precision   TEXT CHECK (end_precision IN ('day', 'month')),
        place_name_en   TEXT NOT NULL DEFAULT '',
        place_name_ar   TEXT NOT NULL DEFAULT '',
        admin1          TEXT NOT NULL DEFAULT '',
        admin2          TEXT NOT NULL DEFAULT '',
        lat             REAL CHECK (lat BETWEEN -90 AND 90),
        lon             REAL CHECK (lon BETWEEN -180 AND 180),
        description     TEXT NOT NULL DEFAULT '',
        memo            TEXT NOT NULL DEFAULT '',
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT,
        CHECK ((start_date IS NULL) = (start_precision IS NULL) AND (end_date IS NULL) = (end_precision IS NULL) AND (lat IS NULL) = (lon IS NULL))
      ) STRICT;
      CREATE INDEX incidents_case ON incidents(case_id, start_date);

      -- A casualty figure is a claim: who reported how many of whom, as of when, in which words.
      -- The selector survives a purged article (article_id becomes NULL, the exact text stays).
      CREATE TABLE figures (
        id                 TEXT PRIMARY KEY,
        case_id            TEXT REFERENCES cases(id) ON DELETE SET NULL,
        incident_id        TEXT REFERENCES incidents(id) ON DELETE SET NULL,
        article_id         TEXT REFERENCES articles(id) ON DELETE SET NULL,
        ${SELECTOR_COLUMNS}
        reporter_id        TEXT NOT NULL REFERENCES actors(id),
        reported_date      TEXT NOT NULL,
        as_of_date         TEXT,
        outcome            TEXT NOT NULL CHECK (outcome IN ${OUTCOMES}),
        group_counted      TEXT NOT NULL CHECK (group_counted IN ${GROUPS}),
        identity           TEXT,
        identity_basis     TEXT CHECK (identity_basis IN ('self_identified', 'reported_by_source', 'inferred_by_analyst')),
        qualifier          TEXT NOT NULL CHECK (qualifier IN ${QUALIFIERS}),
        min_count          INTEGER CHECK (min_count >= 0),
        max_count          INTEGER CHECK (max_count >= 0),
        wording            TEXT NOT NULL DEFAULT '',
        scope_place        TEXT NOT NULL DEFAULT '',
        scope_period_start TEXT,
        scope_period_end   TEXT,
        counting_method    TEXT NOT NULL DEFAULT 'unknown' CHECK (counting_method IN ('named_individuals', 'estimate', 'unknown')),
        updates_id         TEXT REFERENCES figures(id) ON DELETE SET NULL,
        memo               TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        deleted_at         TEXT,
        ${SELECTOR_CHECK},
        CHECK (min_count IS NULL OR max_count IS NULL OR min_count <= max_count),
        CHECK ((identity IS NULL) = (identity_basis IS NULL))
      ) STRICT;
      CREATE INDEX figures_article ON figures(article_id);
      CREATE INDEX figures_case ON figures(case_id);
      CREATE INDEX figures_incident ON figures(incident_id);
      CREATE INDEX figures_reporter ON figures(reporter_id, outcome, group_counted);

      -- Source grading per article (Admiralty scale: reliability A-F, credibility 1-6).
      CREATE TABLE article_gradings (
        article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
        credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
        connection  TEXT CHECK (connection IN ('eyewitness', 'relayed', 'official_statement', 'media_report')),
        note        TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL
      ) STRICT;

      CREATE TABLE quotes (
        id                 TEXT PRIMARY KEY,
        case_id            TEXT REFERENCES cases(id) ON DELETE SET NULL,
        article_id         TEXT REFERENCES articles(id) ON DELETE SET NULL,
        ${SELECTOR_COLUMNS}
        text               TEXT NOT NULL,
        language           TEXT NOT NULL,
        translation        TEXT NOT NULL DEFAULT '',
        speaker_id         TEXT REFERENCES actors(id),
        speaker_descriptor TEXT NOT NULL DEFAULT '',
        speaker_role       TEXT NOT NULL DEFAULT '',
        mode               TEXT NOT NULL DEFAULT 'direct' CHECK (mode IN ('direct', 'relayed')),
        quote_date         TEXT,
        context            TEXT NOT NULL DEFAULT '',
        memo               TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        deleted_at         TEXT,
        ${SELECTOR_CHECK}
      ) STRICT;
      CREATE INDEX quotes_article ON quotes(article_id);
      CREATE INDEX quotes_speaker ON quotes(speaker_id);

      -- A witness is known by a code. Identifying details live in witness_identities: no search
      -- index, no undo entries, no history values, never returned except by witnesses.identity.get.
      CREATE TABLE witnesses (
        id          TEXT PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE CHECK (code GLOB 'W-[0-9][0-9][0-9][0-9]*'),
        case_id     TEXT REFERENCES cases(id) ON DELETE SET NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;
      CREATE TABLE witness_identities (
        witness_id  TEXT PRIMARY KEY REFERENCES witnesses(id),
        name        TEXT NOT NULL DEFAULT '',
        contact     TEXT NOT NULL DEFAULT '',
        exact_place TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE TABLE witness_consents (
        witness_id   TEXT NOT NULL REFERENCES witnesses(id),
        purpose      TEXT NOT NULL CHECK (purpose IN ${CONSENT_PURPOSES}),
        given_at     TEXT,
        withdrawn_at TEXT,
        note         TEXT NOT NULL DEFAULT '',
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (witness_id, purpose)
      ) STRICT;

      CREATE TABLE accounts (
        id               TEXT PRIMARY KEY,
        witness_id       TEXT NOT NULL REFERENCES witnesses(id),
        case_id          TEXT REFERENCES cases(id) ON DELETE SET NULL,
        interview_date   TEXT,
        interviewer      TEXT NOT NULL DEFAULT '',
        location_coarse  TEXT NOT NULL DEFAULT '',
        language         TEXT NOT NULL,
        interpreter      TEXT NOT NULL DEFAULT '',
        relation         TEXT NOT NULL CHECK (relation IN ('survivor', 'relative', 'witness', 'responder')),
        narrative        TEXT NOT NULL DEFAULT '',
        translation      TEXT NOT NULL DEFAULT '',
        incident_date    TEXT,
        incident_place   TEXT NOT NULL DEFAULT '',
        reliability_note TEXT NOT NULL DEFAULT '',
        memo             TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        deleted_at       TEXT
      ) STRICT;
      CREATE INDEX accounts_witness ON accounts(witness_id);

      -- Corroborating, contradicting or related records, any type to any type.
      CREATE TABLE links (
        id         TEXT PRIMARY KEY,
        from_type  TEXT NOT NULL CHECK (from_type IN ${LINKABLE}),
        from_id    TEXT NOT NULL,
        to_type    TEXT NOT NULL CHECK (to_type IN ${LINKABLE}),
        to_id      TEXT NOT NULL,
        relation   TEXT NOT NULL CHECK (relation IN ('corroborates', 'contradicts', 'relates_to')),
        note       TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (NOT (from_type = to_type AND from_id = to_id))
      ) STRICT;
      CREATE UNIQUE INDEX links_unique ON links(from_type, from_id, to_type, to_id, relation);
      CREATE INDEX links_to ON links(to_type, to_id);
    `);
    const columns = (table: string) => (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    db.exec(`
      ${UNDOABLE.map((t) => undoTriggersSql(t, columns(t))).join('\n')}
      ${historyTriggersSql({ table: 'figures', itemType: 'figure', json: figureJson })}
      ${historyTriggersSql({ table: 'quotes', itemType: 'quote', json: quoteJson })}
      ${historyTriggersSql({ table: 'accounts', itemType: 'account', json: accountJson })}
      ${historyTriggersSql({ table: 'witness_consents', itemType: 'witness', idColumn: 'witness_id', json: consentJson, softDelete: false })}
      ${EVIDENCE_SEARCH_SOURCES.map(searchIndexSql).join('\n')}
    `);
  },
};

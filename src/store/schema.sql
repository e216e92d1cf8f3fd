-- veille store schema, version 1 (PRAGMA user_version = 1).
-- Embedded into the binary at build time (schema.cc.in); applied to an empty
-- database, followed by every step of kMigrations (store.cc), so that new and
-- migrated stores have one schema. A later version adds a migration step and
-- bumps kSchemaVersion; never edit a released version in place.
--
-- Offsets (mentions.start/end) are Unicode code points, as in the record.
-- Row ids are surrogates: nothing outside one store refers to them.

-- One row per ingested article. `hash` identifies the article's content, so
-- ingesting it again is a no-op; `record` is the whole SPEC.md §3 record.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  doc TEXT NOT NULL,
  url TEXT,
  lang TEXT NOT NULL,
  title TEXT,
  author TEXT,
  outlet TEXT,
  published TEXT,
  duplicate_of TEXT,
  -- Duplicate cluster: documents with one story count as one source.
  story TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX documents_doc ON documents(doc);
CREATE INDEX documents_story ON documents(story);

-- Entities merged across documents by their stable id.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  code TEXT NOT NULL DEFAULT '',     -- actor code events take from it ('' unknown)
  fold TEXT NOT NULL,               -- the name folded as aliases.fold
  mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_fold ON entities(fold);

-- Every surface form seen for an entity; `fold` is lower-case without accents.
CREATE TABLE aliases (
  entity TEXT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  fold TEXT NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_fold ON aliases(fold);

CREATE TABLE mentions (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  entity TEXT NOT NULL REFERENCES entities(id),
  code TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (doc_id, ord)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity);

-- The events of each document as coded (never changed by merging).
CREATE TABLE doc_events (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  context TEXT NOT NULL,            -- JSON array of strings
  date TEXT,
  date_source TEXT,
  aux TEXT,
  location TEXT,
  location_country TEXT,
  cameo TEXT,
  goldstein REAL,
  confidence REAL NOT NULL,
  evidence TEXT NOT NULL,           -- the evidence spans' text, joined by " … "
  UNIQUE (doc_id, ord)
);

-- Full-text search over evidence, accents ignored.
CREATE VIRTUAL TABLE evidence_fts USING fts5(
  evidence, content='doc_events', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER doc_events_fts_insert AFTER INSERT ON doc_events BEGIN
  INSERT INTO evidence_fts(rowid, evidence) VALUES (new.id, new.evidence);
END;
CREATE TRIGGER doc_events_fts_delete AFTER DELETE ON doc_events BEGIN
  INSERT INTO evidence_fts(evidence_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;

-- Merged events: one per (type, actor, recipient, aux, date cluster).
-- `id` is derived from that key, so it is the same in every store.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  grp TEXT NOT NULL,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  recipient TEXT NOT NULL,          -- '' when the event has none
  recipient_name TEXT NOT NULL,
  aux TEXT NOT NULL,                -- '' when none
  date TEXT,
  mode TEXT,
  context TEXT NOT NULL,            -- JSON array of strings
  cameo TEXT,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  confidence REAL NOT NULL,
  num_reports INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  location TEXT,
  location_country TEXT,
  first_published TEXT,
  evidence TEXT NOT NULL
);
CREATE INDEX events_grp ON events(grp);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_actor ON events(actor, date);
CREATE INDEX events_recipient ON events(recipient, date);
CREATE INDEX events_type ON events(type, date);
-- Covers the graph query (dyads with their weights) without touching rows.
CREATE INDEX events_dyad ON events(actor, recipient, date, goldstein, num_sources, actor_name);

-- Each document event expanded into dyads ("reports"), each the source of
-- exactly one merged event.
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  doc_event_id INTEGER NOT NULL REFERENCES doc_events(id) ON DELETE CASCADE,
  grp TEXT NOT NULL,
  actor TEXT NOT NULL,
  actor_entity TEXT,
  actor_name TEXT,
  recipient TEXT NOT NULL,
  recipient_entity TEXT,
  recipient_name TEXT,
  date TEXT,
  story TEXT NOT NULL,
  event_id INTEGER REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX reports_grp ON reports(grp);
CREATE INDEX reports_event ON reports(event_id);
CREATE INDEX reports_doc_event ON reports(doc_event_id);
CREATE INDEX reports_actor_entity ON reports(actor_entity) WHERE actor_entity IS NOT NULL;
CREATE INDEX reports_recipient_entity ON reports(recipient_entity) WHERE recipient_entity IS NOT NULL;

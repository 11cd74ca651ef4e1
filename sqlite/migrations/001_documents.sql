-- Documents with their analyses, ingestion failures and the cross-document results.
-- seq is a stable rowid for the full-text index; id is the document's content-hash id.
CREATE TABLE documents (
	seq         INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	file        TEXT NOT NULL,
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	publisher   TEXT NOT NULL DEFAULT '',
	published   TEXT NOT NULL DEFAULT '',
	language    TEXT NOT NULL DEFAULT '',
	standfirst  TEXT NOT NULL DEFAULT '',
	captions    TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings
	text        TEXT NOT NULL,
	sentences   TEXT NOT NULL DEFAULT '[]',  -- JSON array of spans
	analysis    TEXT NOT NULL DEFAULT '{}',  -- JSON: mentions, labels, timexes, events
	ingested_at TEXT NOT NULL                -- RFC 3339, UTC
);

CREATE INDEX documents_file ON documents (file);

CREATE TABLE failures (
	file   TEXT PRIMARY KEY,
	reason TEXT NOT NULL,
	at     TEXT NOT NULL
);

-- One row at most: the results of the last cross-document pass.
CREATE TABLE corpus (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	results    TEXT NOT NULL,
	updated_at TEXT NOT NULL
);

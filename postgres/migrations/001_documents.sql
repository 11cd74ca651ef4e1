-- Documents with their analyses, ingestion failures and the cross-document results.
-- Ids and files sort by bytes (COLLATE "C"), as in every store, whatever the database's locale.
CREATE TABLE documents (
	id          text COLLATE "C" PRIMARY KEY,
	file        text NOT NULL,
	url         text NOT NULL DEFAULT '',
	title       text NOT NULL DEFAULT '',
	publisher   text NOT NULL DEFAULT '',
	published   text NOT NULL DEFAULT '',
	language    text NOT NULL DEFAULT '',
	standfirst  text NOT NULL DEFAULT '',
	captions    jsonb NOT NULL DEFAULT '[]',
	text        text NOT NULL,
	sentences   jsonb NOT NULL DEFAULT '[]',
	analysis    jsonb NOT NULL DEFAULT '{}', -- mentions, labels, timexes, events
	ingested_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX documents_file ON documents (file);

CREATE TABLE failures (
	file   text COLLATE "C" PRIMARY KEY,
	reason text NOT NULL,
	at     timestamptz NOT NULL DEFAULT now()
);

-- One row at most: the results of the last cross-document pass.
CREATE TABLE corpus (
	id         integer PRIMARY KEY CHECK (id = 1),
	results    jsonb NOT NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
);

-- The cross-document results, one row each, instead of one document holding them all: a pass
-- rewrites only the results it changed, and readers can read them a page at a time.
-- kind names the list (entity, member, origin, conflict, story, happening, frame); id is the
-- result's content-stable id (a member's is "doc/chain", an origin's its document's, a frame's
-- "entity/source"); pos orders the rows of a kind as the pass listed them, with gaps so that new
-- results fit in between; hash is a prefix of the SHA-256 of body, the result's JSON; pass is the
-- number of the pass that last wrote the row. The rows are kept in order of kind and pos, so a
-- kind is read in order without a lookup per row.
CREATE TABLE cross_results (
	kind TEXT NOT NULL,
	id   TEXT NOT NULL,
	pos  INTEGER NOT NULL,
	hash BLOB NOT NULL DEFAULT x'',
	body TEXT NOT NULL,
	pass INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (kind, pos, id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX cross_results_id ON cross_results (kind, id);

-- One row at most: what the results as a whole depend on, and the number of the last pass.
CREATE TABLE cross_meta (
	id         INTEGER PRIMARY KEY CHECK (id = 1),
	basis      TEXT NOT NULL,
	pass       INTEGER NOT NULL,
	updated_at TEXT NOT NULL
);

-- Results stored whole by an older schema move into rows, in their order. Their hashes are left
-- empty: the next pass writes each row once more with its own.
INSERT INTO cross_meta (id, basis, pass, updated_at)
	SELECT 1, COALESCE(json_extract(results, '$.basis'), ''), 0, updated_at FROM corpus;

INSERT OR IGNORE INTO cross_results (kind, id, pos, body)
	SELECT l.kind,
		CASE l.kind
			WHEN 'member' THEN json_extract(e.value, '$.doc') || '/' || json_extract(e.value, '$.chain')
			WHEN 'origin' THEN json_extract(e.value, '$.doc')
			WHEN 'frame' THEN json_extract(e.value, '$.entity') || '/' || json_extract(e.value, '$.source')
			ELSE json_extract(e.value, '$.id')
		END,
		(e.key + 1) * 1048576, e.value
	FROM corpus,
		(SELECT 'entity' AS kind, '$.entities' AS path UNION ALL SELECT 'member', '$.members'
		UNION ALL SELECT 'origin', '$.origins' UNION ALL SELECT 'conflict', '$.conflicts'
		UNION ALL SELECT 'story', '$.stories' UNION ALL SELECT 'happening', '$.happenings'
		UNION ALL SELECT 'frame', '$.frames') AS l,
		json_each(corpus.results, l.path) AS e
	WHERE json_type(corpus.results, l.path) = 'array';

DROP TABLE corpus;

-- The cross-document results, one row each, instead of one document holding them all: a pass
-- rewrites only the results it changed, and readers can read them a page at a time.
-- kind names the list (entity, member, origin, conflict, story, happening, frame); id is the
-- result's content-stable id (a member's is "doc/chain", an origin's its document's, a frame's
-- "entity/source"); pos orders the rows of a kind as the pass listed them, with gaps so that new
-- results fit in between; hash is a prefix of the SHA-256 of the result's JSON as the pass wrote
-- it; pass is the number of the pass that last wrote the row.
CREATE TABLE cross_results (
	kind text COLLATE "C" NOT NULL,
	id   text COLLATE "C" NOT NULL,
	pos  bigint NOT NULL,
	hash bytea NOT NULL DEFAULT '',
	body jsonb NOT NULL,
	pass bigint NOT NULL DEFAULT 0,
	PRIMARY KEY (kind, id)
);

CREATE INDEX cross_results_order ON cross_results (kind, pos);

-- One row at most: what the results as a whole depend on, and the number of the last pass.
CREATE TABLE cross_meta (
	id         integer PRIMARY KEY CHECK (id = 1),
	basis      text NOT NULL,
	pass       bigint NOT NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
);

-- Results stored whole by an older schema move into rows, in their order. Their hashes are left
-- empty: the next pass writes each row once more with its own.
INSERT INTO cross_meta (id, basis, pass, updated_at)
	SELECT 1, COALESCE(results->>'basis', ''), 0, updated_at FROM corpus;

INSERT INTO cross_results (kind, id, pos, body)
	SELECT l.kind,
		CASE l.kind
			WHEN 'member' THEN (e.value->>'doc') || '/' || (e.value->>'chain')
			WHEN 'origin' THEN e.value->>'doc'
			WHEN 'frame' THEN (e.value->>'entity') || '/' || (e.value->>'source')
			ELSE e.value->>'id'
		END,
		e.n * 1048576, e.value
	FROM corpus
	CROSS JOIN (VALUES ('entity', 'entities'), ('member', 'members'), ('origin', 'origins'),
		('conflict', 'conflicts'), ('story', 'stories'), ('happening', 'happenings'),
		('frame', 'frames')) AS l (kind, field)
	CROSS JOIN LATERAL jsonb_array_elements(CASE jsonb_typeof(corpus.results->l.field)
		WHEN 'array' THEN corpus.results->l.field ELSE '[]' END) WITH ORDINALITY AS e (value, n)
	ON CONFLICT (kind, id) DO NOTHING;

DROP TABLE corpus;

-- Documents whose cross-document results are not stored yet. A document is marked in the
-- transaction that stores it and cleared only in the one that stores the results of a pass that
-- read it, so a pass cut short by a crash is completed by whatever command runs next.
CREATE TABLE cross_pending (
	doc text COLLATE "C" PRIMARY KEY
);

-- A database from before this table cannot tell which documents a pass covered: every stored
-- document waits for one pass.
INSERT INTO cross_pending (doc) SELECT id FROM documents;

-- Full-text index over title and text, kept in step with documents by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, text,
	content = 'documents', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text)
	VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text)
	VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Index what an older schema already stored.
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

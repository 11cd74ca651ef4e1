-- Full-text search over title (weight A) and text (weight B). The column is generated, so it is
-- computed for documents already stored and kept in step on every write.
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', text), 'B')
) STORED;

CREATE INDEX documents_search ON documents USING gin (search);

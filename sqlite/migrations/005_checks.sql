-- What the cross-document checks read of each analysis, in the analysis column's form without
-- what they never read (see doccols.EncodeChecks), so that their read of every stored document
-- decodes less. NULL for a document stored before it: the checks then read the analysis column.
ALTER TABLE documents ADD COLUMN checks TEXT;

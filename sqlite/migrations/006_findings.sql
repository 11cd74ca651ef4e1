-- The labels, events, claims and figures of every document, what the cross-document checks read
-- a block of documents at a time, in the outline's binary form (see doccols.DecodePass), so that
-- the pass decodes no JSON of them. It is written with the document, whose analysis then holds
-- none of them; the documents stored before this step are given theirs, made from their
-- analyses, and their analyses cut likewise, in the step's transaction. A document whose
-- findings column is missing all the same is read
-- from its analysis.
ALTER TABLE documents ADD COLUMN findings BLOB;

-- What the cross-document pass reads of every document between the blocks that read it whole,
-- in a binary form of its own that costs a fraction of the analysis to decode (see
-- doccols.DecodeOutline). It is written with the document; the documents stored before this step
-- are given theirs, made from their analyses, in the step's transaction. A document whose outline
-- is missing all the same (stored by an older build still running) is read from its analysis.
ALTER TABLE documents ADD COLUMN outline bytea;

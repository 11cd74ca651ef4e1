-- What the cross-document pass reads of every document between the blocks that read it whole,
-- in a binary form of its own that costs a fraction of the analysis to decode (see
-- doccols.DecodeOutline). It is written with the document, whose analysis then holds only the
-- other findings; the documents stored before this step are given theirs, made from their
-- analyses, and their analyses cut likewise, in the step's transaction. A document whose outline
-- is missing all the same is read from its analysis, which holds every finding.
ALTER TABLE documents ADD COLUMN outline BLOB;

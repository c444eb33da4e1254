-- Version 4: the search index without FTS5's secure-delete option.
--
-- With secure-delete on, deleting or replacing rows could leave the index disagreeing with its
-- own checksum (the crash and hostile-input suites found it after ordinary saves, with no crash
-- involved), and the integrity check at opening then refuses the journal as damaged. Without
-- it, a deleted exposure's words are cleared from the index by an 'optimize' that runs with
-- the delete, and PRAGMA secure_delete still overwrites the freed pages.
INSERT INTO exposure_search (exposure_search, rank) VALUES ('secure-delete', 0);

-- Built afresh from the journal's own texts, so an index already out of step is mended.
INSERT INTO exposure_search (exposure_search) VALUES ('rebuild');

-- Version 3: full-text search over every text an exposure and its reflection hold.
--
-- One row per exposure, with the same rowid as the exposure. unicode61 folds case and, with
-- remove_diacritics 2, accents ("cafe" finds "café"); the prefix indexes keep "as you type"
-- searches quick. Triggers rebuild an exposure's row after every change to it or to its
-- reflection, so whatever writes the journal (the planner, an import, a future tool) keeps
-- the index in step.

CREATE VIRTUAL TABLE exposure_search USING fts5 (
    mistake, place, feared_outcome, safety_behaviour, coping_plan, self_compassion,
    what_happened, felt, worse, better, learned,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

-- What is deleted from the index is overwritten, not only unlinked, so deleted words do not
-- linger in the file.
INSERT INTO exposure_search (exposure_search, rank) VALUES ('secure-delete', 1);

-- Every text of an exposure and its reflection, in the index's column order.
CREATE VIEW exposure_text AS
SELECT e.id, e.mistake, e.place, e.feared_outcome, e.safety_behaviour, e.coping_plan,
       e.self_compassion, r.what_happened, r.felt, r.worse, r.better, r.learned
  FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id;

-- Each trigger drops the exposure's row and writes it again from exposure_text. Deleting first
-- also keeps the index right after a write that replaced a row without firing delete triggers
-- (INSERT OR REPLACE, say); when the exposure itself is gone, nothing is written back.
CREATE TRIGGER exposure_search_after_insert AFTER INSERT ON exposure BEGIN
    DELETE FROM exposure_search WHERE rowid = new.id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour, coping_plan,
                                 self_compassion, what_happened, felt, worse, better, learned)
    SELECT * FROM exposure_text WHERE id = new.id;
END;

-- Only changes to the texts matter; marking an exposure done leaves its row as it is.
CREATE TRIGGER exposure_search_after_update
AFTER UPDATE OF mistake, place, feared_outcome, safety_behaviour, coping_plan, self_compassion
ON exposure BEGIN
    DELETE FROM exposure_search WHERE rowid = old.id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour, coping_plan,
                                 self_compassion, what_happened, felt, worse, better, learned)
    SELECT * FROM exposure_text WHERE id = new.id;
END;

CREATE TRIGGER exposure_search_after_delete AFTER DELETE ON exposure BEGIN
    DELETE FROM exposure_search WHERE rowid = old.id;
END;

CREATE TRIGGER reflection_search_after_insert AFTER INSERT ON reflection BEGIN
    DELETE FROM exposure_search WHERE rowid = new.exposure_id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour, coping_plan,
                                 self_compassion, what_happened, felt, worse, better, learned)
    SELECT * FROM exposure_text WHERE id = new.exposure_id;
END;

CREATE TRIGGER reflection_search_after_update AFTER UPDATE ON reflection BEGIN
    DELETE FROM exposure_search WHERE rowid IN (old.exposure_id, new.exposure_id);
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour, coping_plan,
                                 self_compassion, what_happened, felt, worse, better, learned)
    SELECT * FROM exposure_text WHERE id IN (old.exposure_id, new.exposure_id);
END;

CREATE TRIGGER reflection_search_after_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM exposure_search WHERE rowid = old.exposure_id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour, coping_plan,
                                 self_compassion, what_happened, felt, worse, better, learned)
    SELECT * FROM exposure_text WHERE id = old.exposure_id;
END;

INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour, coping_plan,
                             self_compassion, what_happened, felt, worse, better, learned)
SELECT * FROM exposure_text;

-- The insights and the learning timeline read done exposures by the day they were done.
CREATE INDEX exposure_by_done_at ON exposure (done_at) WHERE status = 'DONE';

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

-- Deleting first keeps the index right even after a write that replaced a row without
-- firing delete triggers (INSERT OR REPLACE, say).
CREATE TRIGGER exposure_search_after_insert AFTER INSERT ON exposure BEGIN
    DELETE FROM exposure_search WHERE rowid = new.id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour,
                                 coping_plan, self_compassion)
    VALUES (new.id, new.mistake, new.place, new.feared_outcome, new.safety_behaviour,
            new.coping_plan, new.self_compassion);
END;

-- Only changes to the texts matter; marking an exposure done leaves its row as it is.
CREATE TRIGGER exposure_search_after_update
AFTER UPDATE OF mistake, place, feared_outcome, safety_behaviour, coping_plan, self_compassion
ON exposure BEGIN
    DELETE FROM exposure_search WHERE rowid = old.id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour,
                                 coping_plan, self_compassion, what_happened, felt, worse,
                                 better, learned)
    SELECT e.id, e.mistake, e.place, e.feared_outcome, e.safety_behaviour, e.coping_plan,
           e.self_compassion, r.what_happened, r.felt, r.worse, r.better, r.learned
      FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id
     WHERE e.id = new.id;
END;

CREATE TRIGGER exposure_search_after_delete AFTER DELETE ON exposure BEGIN
    DELETE FROM exposure_search WHERE rowid = old.id;
END;

CREATE TRIGGER reflection_search_after_insert AFTER INSERT ON reflection BEGIN
    DELETE FROM exposure_search WHERE rowid = new.exposure_id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour,
                                 coping_plan, self_compassion, what_happened, felt, worse,
                                 better, learned)
    SELECT e.id, e.mistake, e.place, e.feared_outcome, e.safety_behaviour, e.coping_plan,
           e.self_compassion, new.what_happened, new.felt, new.worse, new.better, new.learned
      FROM exposure e
     WHERE e.id = new.exposure_id;
END;

CREATE TRIGGER reflection_search_after_update AFTER UPDATE ON reflection BEGIN
    DELETE FROM exposure_search WHERE rowid IN (old.exposure_id, new.exposure_id);
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour,
                                 coping_plan, self_compassion, what_happened, felt, worse,
                                 better, learned)
    SELECT e.id, e.mistake, e.place, e.feared_outcome, e.safety_behaviour, e.coping_plan,
           e.self_compassion, r.what_happened, r.felt, r.worse, r.better, r.learned
      FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id
     WHERE e.id IN (old.exposure_id, new.exposure_id);
END;

-- When the exposure itself goes, its row is already gone and the SELECT finds nothing.
CREATE TRIGGER reflection_search_after_delete AFTER DELETE ON reflection BEGIN
    DELETE FROM exposure_search WHERE rowid = old.exposure_id;
    INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour,
                                 coping_plan, self_compassion)
    SELECT e.id, e.mistake, e.place, e.feared_outcome, e.safety_behaviour, e.coping_plan,
           e.self_compassion
      FROM exposure e
     WHERE e.id = old.exposure_id;
END;

INSERT INTO exposure_search (rowid, mistake, place, feared_outcome, safety_behaviour,
                             coping_plan, self_compassion, what_happened, felt, worse, better,
                             learned)
SELECT e.id, e.mistake, e.place, e.feared_outcome, e.safety_behaviour, e.coping_plan,
       e.self_compassion, r.what_happened, r.felt, r.worse, r.better, r.learned
  FROM exposure e LEFT JOIN reflection r ON r.exposure_id = e.id;

-- The insights and the learning timeline read done exposures by the day they were done.
CREATE INDEX exposure_by_done_at ON exposure (done_at) WHERE status = 'DONE';

-- Version 2: the idea library, ladders that keep their belief's history and their own order,
-- and a few settings kept with the journal.

-- Ideas the person wrote. Built-in ideas ship with the app and are never stored here.
CREATE TABLE own_idea (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    title      TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    category   TEXT,
    stakes     TEXT    CHECK (stakes IN ('LOW', 'MEDIUM', 'HIGH')),
    tip        TEXT,
    hidden     INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

-- Built-in ideas the person chose to hide, by the idea's lasting key. Showing one again
-- removes its row; the idea itself is never touched.
CREATE TABLE hidden_idea (
    idea_key  TEXT PRIMARY KEY,
    hidden_at TEXT NOT NULL
);

-- Each time the person rated how strongly they hold a ladder's belief, oldest first.
CREATE TABLE belief_rating (
    id        INTEGER PRIMARY KEY,
    ladder_id INTEGER NOT NULL REFERENCES ladder (id) ON DELETE CASCADE,
    strength  INTEGER NOT NULL CHECK (strength BETWEEN 0 AND 100),
    rated_at  TEXT    NOT NULL
);

CREATE INDEX belief_rating_by_ladder ON belief_rating (ladder_id, rated_at);

INSERT INTO belief_rating (ladder_id, strength, rated_at)
SELECT id, belief_strength, created_at FROM ladder WHERE belief_strength IS NOT NULL;

-- A ladder's rungs follow expected distress until the person orders them by hand; then each
-- rung's place is kept on the first exposure of its series.
ALTER TABLE ladder ADD COLUMN ordered_by_hand INTEGER NOT NULL DEFAULT 0
    CHECK (ordered_by_hand IN (0, 1));
ALTER TABLE exposure ADD COLUMN rung_position INTEGER;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

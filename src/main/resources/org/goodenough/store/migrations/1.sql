-- Version 1: ladders, exposures (plan and doing it) and reflections.
-- Ratings are whole numbers from 0 to 100; NULL means the person skipped them.
-- Times are ISO-8601 text: instants in UTC (2026-11-23T09:30:00Z), plan dates as 2026-11-23,
-- plan times as 14:30.

PRAGMA application_id = 1195724370;

CREATE TABLE ladder (
    id              INTEGER PRIMARY KEY,
    uid             TEXT    NOT NULL UNIQUE,
    name            TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    belief          TEXT,
    belief_strength INTEGER CHECK (belief_strength BETWEEN 0 AND 100),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE exposure (
    id                INTEGER PRIMARY KEY,
    uid               TEXT    NOT NULL UNIQUE,
    ladder_id         INTEGER REFERENCES ladder (id) ON DELETE SET NULL,
    -- the first exposure of the series this one repeats
    repeat_of         INTEGER REFERENCES exposure (id) ON DELETE SET NULL,
    mistake           TEXT    NOT NULL CHECK (length(trim(mistake)) > 0),
    category          TEXT,
    stakes            TEXT    CHECK (stakes IN ('LOW', 'MEDIUM', 'HIGH')),
    planned_date      TEXT,
    planned_time      TEXT,
    place             TEXT,
    feared_outcome    TEXT,
    likelihood        INTEGER CHECK (likelihood BETWEEN 0 AND 100),
    expected_distress INTEGER CHECK (expected_distress BETWEEN 0 AND 100),
    safety_behaviour  TEXT,
    coping_plan       TEXT,
    self_compassion   TEXT,
    status            TEXT    NOT NULL DEFAULT 'PLANNED'
                              CHECK (status IN ('PLANNED', 'DONE', 'NOT_NOW', 'LET_GO')),
    done_at           TEXT,
    distress_before   INTEGER CHECK (distress_before BETWEEN 0 AND 100),
    distress_peak     INTEGER CHECK (distress_peak BETWEEN 0 AND 100),
    distress_after    INTEGER CHECK (distress_after BETWEEN 0 AND 100),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);

CREATE INDEX exposure_by_status ON exposure (status, planned_date, created_at);
CREATE INDEX exposure_by_ladder ON exposure (ladder_id);
CREATE INDEX exposure_by_series ON exposure (repeat_of);

CREATE TABLE reflection (
    exposure_id      INTEGER PRIMARY KEY REFERENCES exposure (id) ON DELETE CASCADE,
    what_happened    TEXT,
    outcome          TEXT    CHECK (outcome IN ('NO', 'PARTLY', 'YES')),
    felt             TEXT,
    worse            TEXT,
    better           TEXT,
    learned          TEXT,
    likelihood_after INTEGER CHECK (likelihood_after BETWEEN 0 AND 100),
    reflected_at     TEXT    NOT NULL
);

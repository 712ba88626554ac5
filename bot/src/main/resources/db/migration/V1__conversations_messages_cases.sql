CREATE TABLE conversations (
    id           INTEGER PRIMARY KEY,
    channel      TEXT NOT NULL CHECK (channel IN ('web', 'telegram')),
    user_ref     TEXT NOT NULL,
    lang         TEXT NOT NULL DEFAULT 'id',
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    UNIQUE (channel, user_ref)
);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    direction       TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    author          TEXT NOT NULL,
    kind            TEXT NOT NULL,
    text            TEXT NOT NULL,
    intent          TEXT,
    confidence      REAL,
    risk            TEXT,
    indicators      TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_time ON messages (created_at);

CREATE TABLE sessions (
    conversation_id INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    state           TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE cases (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    status          TEXT NOT NULL CHECK (status IN ('open', 'claimed', 'closed')),
    priority        TEXT NOT NULL CHECK (priority IN ('request', 'escalate', 'emergency')),
    indicators      TEXT NOT NULL DEFAULT '[]',
    channel         TEXT NOT NULL,
    lang            TEXT NOT NULL,
    claimed_by      TEXT,
    opened_at       TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    claimed_at      TEXT,
    closed_at       TEXT,
    outcome         TEXT
);
-- At most one case per conversation is not closed: repeated messages update it instead of opening another.
CREATE UNIQUE INDEX one_live_case_per_conversation ON cases (conversation_id) WHERE status <> 'closed';
CREATE INDEX cases_by_status ON cases (status, priority);

CREATE TABLE case_triggers (
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, message_id)
);

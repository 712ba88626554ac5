-- Telegram delivery: every update is stored before it is acknowledged (inbox), every reply leaves through an
-- outbox. Times are epoch milliseconds so that comparisons in SQL are numeric.

CREATE TABLE telegram_updates (
    update_id    INTEGER PRIMARY KEY,   -- Telegram's id: a redelivered update is ignored
    status       TEXT NOT NULL CHECK (status IN ('pending', 'done', 'skipped', 'failed')),
    chat_id      TEXT,
    message_id   INTEGER,               -- the person's Telegram message (deleted again on quick exit)
    private_chat INTEGER NOT NULL DEFAULT 1,
    kind         TEXT,
    text         TEXT,                  -- held only until processed, then cleared (the engine stores its copy)
    callback_id  TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    received_at  INTEGER NOT NULL,
    processed_at INTEGER
);
CREATE INDEX telegram_updates_pending ON telegram_updates (status, update_id);
CREATE INDEX telegram_updates_by_chat ON telegram_updates (chat_id, received_at);

CREATE TABLE telegram_outbox (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,        -- 'update:<update_id>', 'message:<stored message id>', 'alert:...'
    seq           INTEGER NOT NULL,     -- position within the source: re-processing cannot add a second copy
    chat_id       TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('send', 'delete', 'answer')),
    text          TEXT,                 -- cleared once sent
    buttons       TEXT,                 -- JSON [[callback_data, label], ...]
    protect       INTEGER NOT NULL DEFAULT 0,
    target        TEXT,                 -- delete: Telegram message id; answer: callback query id
    status        TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_at       INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    sent_at       INTEGER,
    tg_message_id INTEGER,              -- what Telegram called the sent message (for deleteMessage)
    UNIQUE (source, seq)
);
CREATE INDEX telegram_outbox_pending ON telegram_outbox (status, chat_id, id);
CREATE INDEX telegram_outbox_sent ON telegram_outbox (chat_id, sent_at);

-- Button payloads longer than Telegram's 64-byte callback_data, by the short key sent instead.
CREATE TABLE telegram_callback_keys (
    key     TEXT PRIMARY KEY,
    payload TEXT NOT NULL
);

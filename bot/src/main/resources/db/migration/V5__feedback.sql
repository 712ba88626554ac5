-- Reports: what the bot did with each inbound message it read, and per-answer feedback (👍/👎).

-- answered, clarified, not_understood or escalated; null for commands, media and messages the bot did not read.
ALTER TABLE messages ADD COLUMN outcome TEXT;
CREATE INDEX messages_by_outcome ON messages (outcome, created_at) WHERE outcome IS NOT NULL;

-- One vote per bot answer (the latest counts). No text and no conversation: only which answer, its intent and the vote.
-- When the conversation is deleted the vote stays, unlinked from the message.
CREATE TABLE feedback (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER UNIQUE REFERENCES messages (id) ON DELETE SET NULL,
    intent     TEXT NOT NULL,
    helpful    INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE INDEX feedback_by_time ON feedback (created_at);

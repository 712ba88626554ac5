-- The buttons offered under a bot message, JSON [[payload, label], ...] (null when none): a reopened web chat shows a
-- pressed button by the label the person saw, and the buttons of the last reply again. They go with their message
-- (/hapus, admin delete, retention).
ALTER TABLE messages ADD COLUMN buttons TEXT;

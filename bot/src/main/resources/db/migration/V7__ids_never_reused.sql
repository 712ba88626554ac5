-- Ids of conversations, messages and cases are never given twice. SQLite gives a new row the largest id + 1, so after
-- /hapus or an admin's delete of the newest conversation its case, conversation and message numbers went to the next
-- person, and a counselor's reply typed to case #30, a log line or a queued Telegram message could reach them.
-- id_floors keeps the largest id each table ever had; inserts take the next one above it (store/sqlite/IdFloors).
CREATE TABLE id_floors (
    name  TEXT PRIMARY KEY,
    floor INTEGER NOT NULL
);

INSERT INTO id_floors (name, floor) SELECT 'conversations', IFNULL(MAX(id), 0) FROM conversations;
INSERT INTO id_floors (name, floor) SELECT 'messages', IFNULL(MAX(id), 0) FROM messages;
INSERT INTO id_floors (name, floor) SELECT 'cases', IFNULL(MAX(id), 0) FROM cases;

CREATE TRIGGER conversations_floor AFTER DELETE ON conversations BEGIN
    UPDATE id_floors SET floor = MAX(floor, OLD.id) WHERE name = 'conversations';
END;

CREATE TRIGGER messages_floor AFTER DELETE ON messages BEGIN
    UPDATE id_floors SET floor = MAX(floor, OLD.id) WHERE name = 'messages';
END;

CREATE TRIGGER cases_floor AFTER DELETE ON cases BEGIN
    UPDATE id_floors SET floor = MAX(floor, OLD.id) WHERE name = 'cases';
END;

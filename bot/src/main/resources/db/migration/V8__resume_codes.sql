-- A web chat person who pressed Quick exit (the page forgets its session so nothing shows it was used) can come back
-- to their case with a short code the page showed them: /lanjut K7QM-4XPA. Null until a case is opened; gone with the
-- conversation (/hapus, retention).
ALTER TABLE conversations ADD COLUMN resume_code TEXT;
CREATE UNIQUE INDEX conversations_resume_code ON conversations (resume_code) WHERE resume_code IS NOT NULL;

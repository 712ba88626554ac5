-- Counselor console: accounts, sessions, case records (notes, consent, referrals), canned replies, audit log.

CREATE TABLE console_accounts (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'counselor')),
    active        INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT NOT NULL
);

-- Only a hash of the session token is kept: a copy of the database does not log anyone in.
CREATE TABLE console_sessions (
    token_hash   TEXT PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES console_accounts (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
);
CREATE INDEX console_sessions_by_account ON console_sessions (account_id);

CREATE TABLE case_notes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    text       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX case_notes_by_case ON case_notes (case_id, id);

-- The person's consent to be referred to an agency; the latest row of a case counts.
CREATE TABLE case_consents (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    decision    TEXT NOT NULL CHECK (decision IN ('given', 'refused')),
    recorded_by TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX case_consents_by_case ON case_consents (case_id, id);

CREATE TABLE case_referrals (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    service     TEXT NOT NULL CHECK (service IN ('dinsos_atensi', 'kp2mi_bp3mi', 'polisi', 'shelter', 'iom', 'lpsk', 'lainnya')),
    note        TEXT,
    referred_by TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX case_referrals_by_case ON case_referrals (case_id, id);

CREATE TABLE canned_replies (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    text       TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Who did what to which case, never what was written. No foreign keys: entries outlive deleted conversations.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor           TEXT NOT NULL,
    action          TEXT NOT NULL,
    case_id         INTEGER,
    conversation_id INTEGER,
    detail          TEXT
);
CREATE INDEX audit_log_by_time ON audit_log (id DESC);

INSERT INTO canned_replies (title, text, updated_by, updated_at) VALUES
 ('Perkenalan', 'Halo, saya konselor dari layanan ini. Terima kasih sudah menghubungi kami. Apakah Anda sekarang berada di tempat yang aman?', 'system', '2026-01-01T00:00:00Z'),
 ('Keamanan sekarang', 'Kalau Anda dalam bahaya sekarang, hubungi polisi di 110. Apakah ada orang yang mengawasi Anda atau membaca pesan Anda?', 'system', '2026-01-01T00:00:00Z'),
 ('Minta persetujuan rujukan', 'Kami bisa menghubungkan Anda dengan lembaga yang dapat membantu. Kami hanya akan meneruskan kasus Anda kalau Anda setuju. Apakah Anda setuju?', 'system', '2026-01-01T00:00:00Z'),
 ('Dokumen', 'Kalau bisa, simpan foto paspor, kontrak kerja, dan bukti gaji Anda di tempat yang aman. Jangan kirim dokumen asli kepada siapa pun.', 'system', '2026-01-01T00:00:00Z'),
 ('Penutup', 'Terima kasih sudah bercerita. Anda bisa menghubungi kami lagi kapan saja di chat ini.', 'system', '2026-01-01T00:00:00Z');

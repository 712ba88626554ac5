package id.hotline.store.sqlite;

import id.hotline.console.Agency;
import id.hotline.console.CaseRecords.Consent;
import id.hotline.console.CaseRecords.Note;
import id.hotline.console.CaseRecords.Referral;
import id.hotline.store.CaseRecordStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class SqliteCaseRecordStore implements CaseRecordStore {
    private final Database db;

    public SqliteCaseRecordStore(Database db) {
        this.db = db;
    }

    @Override
    public Note addNote(long caseId, String author, String text, Instant now) {
        long id = db.write(c -> Rows.insert(c, "INSERT INTO case_notes (case_id, author, text, created_at) VALUES (?, ?, ?, ?)",
                caseId, author, text, now));
        return new Note(id, caseId, author, text, now);
    }

    @Override
    public List<Note> notes(long caseId) {
        return db.read(c -> Query.list(c, rs -> new Note(rs.getLong("id"), rs.getLong("case_id"), rs.getString("author"),
                rs.getString("text"), Rows.instant(rs, "created_at")), "SELECT * FROM case_notes WHERE case_id = ? ORDER BY id", caseId));
    }

    @Override
    public Consent recordConsent(long caseId, boolean given, String recordedBy, String note, Instant now) {
        long id = db.write(c -> Rows.insert(c, "INSERT INTO case_consents (case_id, decision, recorded_by, note, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", caseId, given ? "given" : "refused", recordedBy, note, now));
        return new Consent(id, caseId, given, recordedBy, note, now);
    }

    @Override
    public Optional<Consent> latestConsent(long caseId) {
        return db.read(c -> Query.one(c, SqliteCaseRecordStore::consent,
                "SELECT * FROM case_consents WHERE case_id = ? ORDER BY id DESC LIMIT 1", caseId));
    }

    @Override
    public List<Consent> consents(long caseId) {
        return db.read(c -> Query.list(c, SqliteCaseRecordStore::consent,
                "SELECT * FROM case_consents WHERE case_id = ? ORDER BY id", caseId));
    }

    @Override
    public Referral addReferral(long caseId, Agency service, String note, String referredBy, Instant now) {
        long id = db.write(c -> Rows.insert(c, "INSERT INTO case_referrals (case_id, service, note, referred_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", caseId, service.wire(), note, referredBy, now));
        return new Referral(id, caseId, service, note, referredBy, now);
    }

    @Override
    public List<Referral> referrals(long caseId) {
        return db.read(c -> Query.list(c, rs -> new Referral(rs.getLong("id"), rs.getLong("case_id"),
                Agency.parse(rs.getString("service")), rs.getString("note"), rs.getString("referred_by"),
                Rows.instant(rs, "created_at")), "SELECT * FROM case_referrals WHERE case_id = ? ORDER BY id", caseId));
    }

    private static Consent consent(ResultSet rs) throws SQLException {
        return new Consent(rs.getLong("id"), rs.getLong("case_id"), "given".equals(rs.getString("decision")),
                rs.getString("recorded_by"), rs.getString("note"), Rows.instant(rs, "created_at"));
    }
}

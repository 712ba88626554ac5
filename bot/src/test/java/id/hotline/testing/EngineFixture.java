package id.hotline.testing;

import id.hotline.channel.ReplySender;
import id.hotline.dialog.Brain;
import id.hotline.dialog.Commands;
import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.DialogPolicy;
import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Reply;
import id.hotline.handoff.CaseEvents;
import id.hotline.handoff.CaseService;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.knowledge.Placeholders;
import id.hotline.store.sqlite.CachedSessionStore;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteCaseStore;
import id.hotline.store.sqlite.SqliteConversationStore;
import id.hotline.store.sqlite.SqliteFeedbackStore;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The real engine on a real SQLite file, with a scripted NLU and a recording reply sender. */
public final class EngineFixture implements AutoCloseable {
    private static KnowledgeBase sharedKb;

    public final Database db;
    public final SqliteConversationStore conversations;
    public final SqliteCaseStore caseStore;
    public final CaseEvents events = new CaseEvents();
    public final CaseService cases;
    public final ConversationEngine engine;
    public final List<String> delivered = new ArrayList<>();

    public EngineFixture(Path dir, ScriptedNlu nlu, boolean officeOpen) {
        this(dir, nlu, officeOpen, Clock.systemUTC());
    }

    /** The same on a clock the test moves (cases opened, messages stored at its time). */
    public EngineFixture(Path dir, ScriptedNlu nlu, boolean officeOpen, Clock clock) {
        this(dir, nlu, at -> officeOpen ? Optional.empty() : Optional.of(nextMorning(at)), clock);
    }

    /** With office hours: when counselors are next on duty after a moment, empty while they are (OfficeHours::nextOpening). */
    public EngineFixture(Path dir, ScriptedNlu nlu, Function<Instant, Optional<ZonedDateTime>> nextOnDuty, Clock clock) {
        KnowledgeBase kb = knowledgeBase();
        db = Database.open(dir.resolve("test.db"));
        conversations = new SqliteConversationStore(db);
        caseStore = new SqliteCaseStore(db);
        ReplySender recorder = (Conversation c, long id, Reply r) -> delivered.add(r.text());
        cases = new CaseService(caseStore, conversations, events, Map.of(Channel.WEB, recorder),
                lang -> key -> kb.message(key, lang), clock);
        var policy = new DialogPolicy(cases, new Commands(conversations, new SqliteFeedbackStore(db)), 0.45, 0.12,
                nextOnDuty, clock, Placeholders.serviceValues(30, 180));
        Brain brain = new Brain(kb, nlu);
        engine = new ConversationEngine(() -> brain, conversations, new CachedSessionStore(db), cases, policy, clock);
    }

    private static ZonedDateTime nextMorning(Instant at) {
        ZoneId jakarta = ZoneId.of("Asia/Jakarta");
        return at.atZone(jakarta).toLocalDate().plusDays(1).atTime(8, 0).atZone(jakarta);
    }

    public static synchronized KnowledgeBase knowledgeBase() {
        if (sharedKb == null) {
            sharedKb = KnowledgeBaseLoader.load(TestPaths.knowledgeBase());
        }
        return sharedKb;
    }

    @Override
    public void close() {
        db.close();
    }
}

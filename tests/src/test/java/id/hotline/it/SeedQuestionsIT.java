package id.hotline.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.Hotline;
import id.hotline.it.support.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge-base issue's seed questions, typed the way people write them, through POST /api/chat on the real
 * service: each reply must come from the right topic and name the office or programme the seed fact is about.
 * A clarifying question or the menu instead of the answer fails: the bot did not find it.
 */
@Timeout(120)
class SeedQuestionsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SESSIONS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Hotline hotline;

    // What each topic's answer must name, in the language it is asked in.
    private static final List<String> ATENSI_ID = List.of("ATENSI", "Dinas Sosial");
    private static final List<String> ATENSI_EN = List.of("ATENSI", "Dinas Sosial");
    private static final List<String> DESMIGRATIF_ID = List.of("Desmigratif", "4 pilar", "layanan migrasi",
            "Usaha produktif", "Community parenting", "Koperasi");
    private static final List<String> DESMIGRATIF_EN = List.of("Desmigratif", "4 pillars", "migration information",
            "Productive business", "Community parenting", "Cooperatives");
    private static final List<String> REINTEGRATION_ID = List.of("reintegrasi", "ekonomi", "sosial", "psikososial",
            "pribadi", "komunitas");
    private static final List<String> REINTEGRATION_EN = List.of("reintegrate", "economic", "social", "psychosocial",
            "personal", "community");
    private static final List<String> COOPERATIVE_ID = List.of("koperasi", "mantan PMI", "SBMI Mart");
    private static final List<String> COOPERATIVE_EN = List.of("cooperative", "former migrant workers", "SBMI Mart");
    private static final List<String> BEFORE_LEAVING_ID = List.of("keterampilan", "dokumen lengkap", "uang sendiri",
            "pinjaman yang tidak akan menjerat");
    private static final List<String> BEFORE_LEAVING_EN = List.of("skills", "complete documents", "own funds",
            "loan that will not trap you");
    private static final List<String> ASHAMED_ID = List.of("laki-laki", "malu", "tetap bisa mendapat bantuan");
    private static final List<String> ASHAMED_EN = List.of("men too", "ashamed", "still get help");

    record Seed(String text, String intent, List<String> names) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Seed> questions() {
        return Stream.of(
                // ATENSI is reached through the Dinas Sosial offices across Indonesia.
                new Seed("atensi itu ngurusnya kemana sih", "atensi.access", ATENSI_ID),
                new Seed("saya mantan pmi mau minta bantuan atensi, datang ke kantor mana?", "atensi.access", ATENSI_ID),
                new Seed("mau ngajuin atensi buat ibu saya, daftarnya di mana min", "atensi.access", ATENSI_ID),
                new Seed("kak kalo mau dapet bantuan atensi harus ke dinas apa", "atensi.access", ATENSI_ID),
                new Seed("where do I go to apply for ATENSI?", "atensi.access", ATENSI_EN),
                // Desmigratif and its four pillars.
                new Seed("program desmigratif itu isinya apa aja?", "reint.desmigratif", DESMIGRATIF_ID),
                new Seed("apa aja pilar desa migran produktif", "reint.desmigratif", DESMIGRATIF_ID),
                new Seed("desmigratif tu programnya ngapain aja di desa", "reint.desmigratif", DESMIGRATIF_ID),
                new Seed("pilar2 desmigratif apa aja min", "reint.desmigratif", DESMIGRATIF_ID),
                new Seed("what are the four pillars of desmigratif?", "reint.desmigratif", DESMIGRATIF_EN),
                // Reintegration: economic, social and psychosocial, at individual, community and structural level.
                new Seed("reintegrasi itu apa sih", "return.assistance", REINTEGRATION_ID),
                new Seed("reintegrasi purna pmi itu meliputi apa aja", "return.assistance", REINTEGRATION_ID),
                new Seed("bantuan apa aja buat mantan tki biar bisa mulai lagi di kampung", "return.assistance",
                        REINTEGRATION_ID),
                new Seed("baru pulang dari malaysia, ada bantuan apa aja buat mulai lagi?", "return.assistance",
                        REINTEGRATION_ID),
                new Seed("what does reintegration mean for returning migrant workers?", "return.assistance",
                        REINTEGRATION_EN),
                // Cooperatives run by former migrant workers (SBMI Mart).
                new Seed("ada koperasi yang dikelola mantan pmi gak?", "reint.business_capital", COOPERATIVE_ID),
                new Seed("koperasi buat eks tki ada ga, pengen ikut", "reint.business_capital", COOPERATIVE_ID),
                new Seed("sbmi mart tuh koperasi apa", "reint.business_capital", COOPERATIVE_ID),
                new Seed("pengen gabung koperasi sesama mantan buruh migran", "reint.business_capital", COOPERATIVE_ID),
                new Seed("is there a cooperative run by former migrant workers?", "reint.business_capital", COOPERATIVE_EN),
                // Before leaving: skills, complete documents, own funds or a loan that will not trap you.
                new Seed("apa aja yg harus disiapin sebelum kerja ke luar negeri", "premig.requirements", BEFORE_LEAVING_ID),
                new Seed("mau berangkat jadi tkw, persiapannya apa aja kak", "premig.requirements", BEFORE_LEAVING_ID),
                new Seed("sebelum berangkat ke taiwan saya harus nyiapin apa", "premig.requirements", BEFORE_LEAVING_ID),
                new Seed("what should I prepare before going to work abroad?", "premig.requirements", BEFORE_LEAVING_EN),
                // Male trafficking victims may feel ashamed to go home and can still get help.
                new Seed("adik cowok saya korban tppo malu pulang ke rumah, gimana", "reint.psychosocial", ASHAMED_ID),
                new Seed("saya laki-laki korban perdagangan orang, malu mau pulang kampung", "reint.psychosocial",
                        ASHAMED_ID),
                new Seed("suami saya korban perdagangan orang, gak mau ketemu keluarga karena malu", "reint.psychosocial",
                        ASHAMED_ID),
                new Seed("aku cowok, pernah jadi korban tppo, malu sama keluarga, masih bisa dibantu gak",
                        "reint.psychosocial", ASHAMED_ID),
                new Seed("I'm a man who was trafficked and I'm ashamed to go back to my family. can I still get help?",
                        "reint.psychosocial", ASHAMED_EN));
    }

    /** Each seed topic chosen by its button: the answer itself holds the fact, whatever the classifier does. */
    static Stream<Seed> topics() {
        return Stream.of(
                new Seed("atensi.access", "atensi.access", ATENSI_ID),
                new Seed("reint.desmigratif", "reint.desmigratif", DESMIGRATIF_ID),
                new Seed("return.assistance", "return.assistance", REINTEGRATION_ID),
                new Seed("reint.business_capital", "reint.business_capital", COOPERATIVE_ID),
                new Seed("premig.requirements", "premig.requirements", BEFORE_LEAVING_ID),
                new Seed("reint.psychosocial", "reint.psychosocial", ASHAMED_ID));
    }

    @BeforeAll
    static void start() {
        hotline = Services.start(Map.of("HOTLINE_RETENTION_BOT_ONLY_DAYS", "21", "HOTLINE_RETENTION_CLOSED_CASE_DAYS", "90"));
    }

    @AfterAll
    static void stop() {
        if (hotline != null) {
            hotline.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void a_seed_question_gets_the_answer_that_names_the_right_office_or_programme(Seed seed) throws Exception {
        JsonNode reply = chat(seed.text(), false);
        String text = reply.path("reply").asText();
        String seen = String.format("\"%s\" -> %s (confidence %s), reply: %s", seed.text(), reply.path("intent").asText(),
                reply.path("confidence"), abbreviate(text));
        assertThat(reply.path("intent").asText()).as(seen).isEqualTo(seed.intent());
        assertThat(text).as(seen).contains(seed.names());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void a_seed_topic_chosen_by_button_names_the_office_or_programme(Seed seed) throws Exception {
        JsonNode reply = chat(seed.text(), true);
        assertThat(reply.path("intent").asText()).isEqualTo(seed.intent());
        assertThat(reply.path("reply").asText()).contains(seed.names());
    }

    /** Workers tell who they are before they ask: that alone is no sign, and no case for a counselor. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"majikan saya baik kok", "halo kak, aku TKW di taiwan",
            "aku udah 3 tahun kerja di hongkong, majikanku baik", "kontrak saya selesai bulan depan"})
    void an_ordinary_statement_about_ones_work_opens_no_case(String text) throws Exception {
        JsonNode reply = chat(text, false);
        assertThat(reply.path("caseOpen").asBoolean()).as(reply.toString()).isFalse();
        assertThat(reply.path("risk").asText()).as(reply.toString()).isIn("none", "offer");
    }

    /** What is kept and for how long, as the operator set it: the privacy answer asked in words and by /privasi. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"data saya disimpan berapa lama?", "/privasi"})
    void the_privacy_answer_names_the_operators_retention_days(String text) throws Exception {
        String reply = chat(text, false).path("reply").asText();
        assertThat(reply).contains("setelah 21 hari tanpa pesan", "90 hari setelah kasus ditutup").doesNotContain("{");
    }

    private static JsonNode chat(String text, boolean button) throws Exception {
        String session = "seed-" + SESSIONS.incrementAndGet() + "-" + System.nanoTime();
        String body = JSON.writeValueAsString(Map.of("session", session, "text", text, "button", button));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hotline.port() + "/api/chat"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String abbreviate(String s) {
        return s.length() <= 90 ? s : s.substring(0, 90) + "...";
    }
}

package id.hotline.nlu;

import id.hotline.domain.Analysis;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AskedAfterTest {
    private static List<String> words(String normalized) {
        return List.of(normalized.split(" "));
    }

    @Test
    void the_question_is_what_follows_the_last_lead() {
        assertThat(AskedAfter.question(words("majikan saya baik kok cuma mau tanya hak cuti bagaimana")))
                .containsExactly("hak", "cuti", "bagaimana");
        assertThat(AskedAfter.question(words("gaji lancar cuma mau tanya aja cara kirim uang yang murah")))
                .containsExactly("cara", "kirim", "uang", "yang", "murah");
        assertThat(AskedAfter.question(words("my employer is nice i just want to know about days off")))
                .containsExactly("days", "off");
        assertThat(AskedAfter.question(words("terima kasih btw saya mom juga purna pmi she can apply too")))
                .containsExactly("saya", "mom", "juga", "purna", "pmi", "she", "can", "apply", "too");
    }

    @Test
    void no_lead_or_too_little_after_it_is_no_question_of_its_own() {
        assertThat(AskedAfter.question(words("majikan saya baik kok"))).isEmpty();
        assertThat(AskedAfter.question(words("admin mau tanya dong"))).isEmpty();
        assertThat(AskedAfter.question(words("mau tanya syarat"))).isEmpty();
    }

    @Test
    void a_message_read_as_no_topic_is_answered_by_the_question_after_its_lead() {
        var kb = ProjectLexicon.get();
        List<LabelledText> examples = new ArrayList<>();
        for (String s : List.of("majikan saya baik kok", "majikan saya baik sekali", "majikan saya baik dan ramah",
                "saya senang kerja di sini majikan baik", "majikan baik gaji lancar", "cuaca hari ini panas")) {
            examples.add(new LabelledText(s, "out_of_scope"));
        }
        for (String s : List.of("hak cuti berapa hari", "hak cuti tahunan pmi", "cuti pulang diatur di kontrak",
                "hak libur mingguan", "berapa hari cuti saya")) {
            examples.add(new LabelledText(s, "premig.contract"));
        }
        NluPipeline nlu = NluPipeline.train(new NluResources(kb.slang(), kb.indicators(), examples), NluSettings.DEFAULT);
        Analysis a = nlu.analyse("majikan saya baik kok, cuma mau tanya hak cuti gimana");
        assertThat(a.classification().intent()).isEqualTo("premig.contract");
        assertThat(nlu.analyse("majikan saya baik kok").classification().intent()).isEqualTo("out_of_scope");
    }
}

package id.hotline.nlu;

import id.hotline.domain.Analysis;
import id.hotline.domain.Lang;
import id.hotline.domain.Risk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NluPipelineTest {
    private static NluPipeline nlu;

    @BeforeAll
    static void train() {
        var kb = ProjectLexicon.get();
        nlu = NluPipeline.train(new NluResources(kb.slang(), kb.indicators(), SmallKb.examples()), NluSettings.DEFAULT);
    }

    @Test
    void analyses_a_question_that_also_reveals_exploitation() {
        Analysis a = nlu.analyse("Gaji saya DITAHAN 6 bulan, gimana cara pulang??");
        assertThat(a.normalized()).isEqualTo("gaji saya ditahan 6 bulan bagaimana cara pulang");
        assertThat(a.risk().risk()).isEqualTo(Risk.ESCALATE);
        assertThat(a.risk().indicators()).contains("wages_withheld");
        assertThat(a.language()).isEqualTo(Lang.ID);
    }

    @Test
    void classifies_and_leaves_an_ordinary_question_without_risk() {
        Analysis a = nlu.analyse("brp biaya bikin paspor?");
        assertThat(a.classification().intent()).isIn("premig.documents", "premig.costs");
        assertThat(a.risk().risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void answers_english_only_when_the_message_is_clearly_english() {
        assertThat(nlu.analyse("what are the requirements to work abroad?").language()).isEqualTo(Lang.EN);
        assertThat(nlu.analyse("my employer took my passport").language()).isEqualTo(Lang.EN);
        assertThat(nlu.analyse("hi kak, syarat kerja ke luar negeri apa").language()).isEqualTo(Lang.ID);
        assertThat(nlu.analyse("please help saya kak").language()).isEqualTo(Lang.ID);
        assertThat(nlu.analyse("ok").language()).isEqualTo(Lang.ID);
    }

    @Test
    void reads_a_question_with_typing_slips_as_the_examples_spell_it() {
        Analysis typed = nlu.analyse("dokumn apa saja yang harus disiapkn");
        Analysis clean = nlu.analyse("dokumen apa saja yang harus disiapkan");
        assertThat(typed.classification()).isEqualTo(clean.classification());
        assertThat(typed.normalized()).as("what was typed is kept").isEqualTo("dokumn apa saja yang harus disiapkn");
    }

    @Test
    void mends_indonesian_messages_only() {
        assertThat(nlu.analyse("majikan simpan paspoor").classification())
                .isEqualTo(nlu.analyse("majikan simpan paspor").classification());
        Analysis english = nlu.analyse("my employer keeps my paspoor");
        assertThat(english.language()).isEqualTo(Lang.EN);
        assertThat(english.classification()).as("the examples' mostly Indonesian words would bend English ones")
                .isNotEqualTo(nlu.analyse("my employer keeps my paspor").classification());
    }

    @Test
    void a_named_topic_settles_an_ordinary_question_but_not_a_case() {
        var kb = ProjectLexicon.get();
        var passport = new id.hotline.knowledge.NamedTopic("paspor", List.of("paspor"), List.of("premig.documents"));
        NluPipeline named = NluPipeline.train(
                new NluResources(kb.slang(), kb.indicators(), SmallKb.examples(), List.of(passport)), NluSettings.DEFAULT);
        String question = "pinjaman kur untuk biaya paspor";
        assertThat(nlu.analyse(question).classification().intent()).isEqualTo("premig.costs");
        assertThat(named.analyse(question).classification().intent()).isEqualTo("premig.documents");
        Analysis held = named.analyse("paspor saya ditahan majikan");
        assertThat(held.risk().risk()).isEqualTo(Risk.ESCALATE);
        assertThat(held.classification().intent()).isEqualTo("tip.passport_held");
    }

    @Test
    void copes_with_empty_text() {
        Analysis a = nlu.analyse("   ");
        assertThat(a.normalized()).isEmpty();
        assertThat(a.classification().confidence()).isLessThan(0.5);
    }

    @Test
    void gives_the_same_answers_when_called_concurrently() {
        List<String> texts = List.of("paspor saya ditahan majikan", "halo kak", "biaya ke taiwan", "tolong saya dalam bahaya");
        List<Analysis> expected = texts.stream().map(nlu::analyse).toList();
        boolean same = IntStream.range(0, 400).parallel()
                .allMatch(i -> nlu.analyse(texts.get(i % 4)).equals(expected.get(i % 4)));
        assertThat(same).isTrue();
    }

    @Test
    void records_how_long_training_took() {
        assertThat(nlu.trainingTime()).isPositive();
    }
}

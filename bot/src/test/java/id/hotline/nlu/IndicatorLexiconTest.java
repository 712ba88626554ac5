package id.hotline.nlu;

import id.hotline.domain.Risk;
import id.hotline.knowledge.GeneralTalk;
import id.hotline.knowledge.Indicator;
import id.hotline.knowledge.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorLexiconTest {
    private static Indicator indicator(String id, String... patterns) {
        return new Indicator(id, Risk.ESCALATE, Texts.of(id, null), List.of(), List.of(patterns));
    }

    @Test
    void a_negation_right_before_the_last_word_of_a_match_negates_it() {
        IndicatorLexicon lexicon = IndicatorLexicon.compile(List.of(indicator("held", "paspor.{0,20}ditahan")));
        assertThat(lexicon.find("paspor saya tidak pernah ditahan")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isTrue());
        assertThat(lexicon.find("paspor saya ditahan")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isFalse());
    }

    @Test
    void a_negation_before_the_first_word_of_a_match_negates_it() {
        IndicatorLexicon lexicon = IndicatorLexicon.compile(List.of(indicator("held", "menahan paspor")));
        assertThat(lexicon.find("agen tidak menahan paspor")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isTrue());
    }

    @Test
    void a_negation_carries_over_one_earlier_item_of_an_or_list_but_not_an_and_list() {
        IndicatorLexicon lexicon = IndicatorLexicon.compile(List.of(indicator("threats", "mengancam")));
        assertThat(lexicon.find("majikan tidak pernah memukul atau mengancam")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isTrue());
        assertThat(lexicon.find("majikan tidak memukul dan mengancam")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isFalse());
        assertThat(lexicon.find("majikan tidak bayar gaji atau mengancam")).singleElement()
                .as("the item before 'atau' is not negated itself").satisfies(hit -> assertThat(hit.negated()).isFalse());
    }

    @Test
    void a_pattern_naming_a_negation_is_never_negated() {
        IndicatorLexicon lexicon = IndicatorLexicon.compile(List.of(indicator("unpaid", "tidak dibayar")));
        assertThat(lexicon.find("gaji tidak dibayar")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isFalse());
    }

    @Test
    void one_plain_match_beats_a_negated_one() {
        IndicatorLexicon lexicon = IndicatorLexicon.compile(List.of(indicator("hit", "dipukul")));
        assertThat(lexicon.find("dulu tidak dipukul sekarang dipukul")).singleElement()
                .satisfies(hit -> assertThat(hit.negated()).isFalse());
    }

    @Test
    void finds_nothing_in_empty_text() {
        assertThat(IndicatorLexicon.compile(List.of(indicator("any", ".*"))).find("")).isEmpty();
    }

    @Test
    void every_project_indicator_has_a_pattern_and_a_label_in_both_languages() {
        assertThat(ProjectLexicon.get().indicators()).allSatisfy(i -> {
            assertThat(i.patterns()).isNotEmpty();
            assertThat(i.label().has(id.hotline.domain.Lang.EN)).as(i.id()).isTrue();
        });
    }

    @Test
    void the_project_lexicon_covers_every_exploitation_intent_and_emergencies() {
        var linked = ProjectLexicon.get().indicators().stream().flatMap(i -> i.intents().stream()).toList();
        assertThat(linked).contains("tip.passport_held", "tip.wages_debt", "tip.confinement", "tip.violence",
                "tip.deception", "tip.forced_work", "tip.scam_compound", "emergency.danger");
    }

    private static final GeneralTalk GENERAL = new GeneralTalk(List.of("ciri ciri", "hukuman\\w*", "kalau (?:majikan|agen)"),
            List.of("saya", "adik", "teman"), List.of("tanya"), List.of("seperti"));

    private static IndicatorLexicon.Match match(Indicator indicator, String text) {
        List<IndicatorLexicon.Hit> hits = IndicatorLexicon.compile(List.of(indicator)).find(text);
        assertThat(hits).hasSize(1);
        return hits.get(0).match();
    }

    @Test
    void a_guarded_match_is_general_talk_only_when_a_marker_precedes_it_and_no_person_is_near() {
        Indicator held = new Indicator("held", Risk.ESCALATE, Texts.of("held", null), List.of(), List.of("menahan paspor"),
                GENERAL);
        assertThat(match(held, "apa hukumannya kalau majikan menahan paspor pekerja")).isEqualTo(IndicatorLexicon.Match.GENERAL);
        assertThat(match(held, "apa hukumannya kalau majikan menahan paspor saya")).isEqualTo(IndicatorLexicon.Match.REAL);
        assertThat(match(held, "ciri ciri tppo itu apa soalnya adik saya majikan menahan paspor"))
                .isEqualTo(IndicatorLexicon.Match.REAL);
        assertThat(match(held, "majikan menahan paspor")).isEqualTo(IndicatorLexicon.Match.REAL);
        assertThat(match(held, "hukuman kalau majikan tidak menahan paspor")).isEqualTo(IndicatorLexicon.Match.NEGATED);
    }

    @Test
    void an_unguarded_indicator_counts_in_general_talk_too_and_one_real_match_beats_a_general_one() {
        Indicator plain = indicator("held", "menahan paspor");
        assertThat(match(plain, "apa hukumannya kalau majikan menahan paspor pekerja")).isEqualTo(IndicatorLexicon.Match.REAL);
        Indicator held = new Indicator("held", Risk.ESCALATE, Texts.of("held", null), List.of(), List.of("menahan paspor"),
                GENERAL);
        assertThat(match(held, "ciri ciri tppo majikan menahan paspor pekerja, dan teman bilang bos menahan paspor")).isEqualTo(
                IndicatorLexicon.Match.REAL);
    }
}

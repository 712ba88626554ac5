package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.Risk;
import id.hotline.domain.RiskAssessment;
import id.hotline.knowledge.GeneralTalk;
import id.hotline.knowledge.Indicator;
import id.hotline.knowledge.Texts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static id.hotline.nlu.KbFixtures.neutral;
import static id.hotline.nlu.KbFixtures.scored;
import static org.assertj.core.api.Assertions.assertThat;

/** The detector with the project's real slang and indicator lexicon. */
class RiskDetectorTest {
    private final Normalizer normalizer = new Normalizer(ProjectLexicon.get().slang(), Set.of());
    private final RiskDetector detector = new RiskDetector(ProjectLexicon.get().indicators(), RiskThresholds.DEFAULT);

    private RiskAssessment lexicon(String text) {
        return detector.assess(normalizer.normalize(text), neutral());
    }

    private RiskAssessment withScores(String text, Classification c) {
        return detector.assess(normalizer.normalize(text), c);
    }

    /** Each text read by the lexicon alone is at {@code risk} and names {@code indicator} among its signs. */
    private void eachReads(Risk risk, String indicator, String... texts) {
        for (String text : texts) {
            RiskAssessment r = lexicon(text);
            assertThat(r.risk()).as(text).isEqualTo(risk);
            assertThat(r.indicators()).as(text).contains(indicator);
        }
    }

    @Test
    void general_talk_matched_by_a_guarded_indicator_offers_a_counselor_without_opening_a_case() {
        Indicator held = new Indicator("passport_held", Risk.ESCALATE, Texts.of("held", null), List.of(),
                List.of("paspor\\w*.{0,20}ditahan"), new GeneralTalk(List.of("ciri ciri"), List.of("saya", "adik"), List.of(), List.of()));
        RiskDetector guarded = new RiskDetector(List.of(held), RiskThresholds.DEFAULT);
        RiskAssessment general = guarded.assess(normalizer.normalize("ciri ciri tppo apa aja? misal paspor ditahan"), neutral());
        assertThat(general.risk()).isEqualTo(Risk.OFFER);
        assertThat(general.indicators()).isEmpty();
        RiskAssessment real = guarded.assess(normalizer.normalize("ciri ciri tppo apa? paspor adik saya ditahan"), neutral());
        assertThat(real.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(real.indicators()).containsExactly("passport_held");
    }

    @Test
    void escalates_when_passport_is_held() {
        RiskAssessment r = lexicon("paspor saya ditahan majikan");
        assertThat(r.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(r.indicators()).contains("passport_held");
    }

    @Test
    void escalates_when_a_relative_is_locked_in() {
        RiskAssessment r = lexicon("adik saya dikurung majikan, gak boleh keluar rumah");
        assertThat(r.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(r.indicators()).contains("confinement");
    }

    @Test
    void escalates_an_ordinary_question_that_reveals_withheld_wages() {
        RiskAssessment r = lexicon("gaji saya ditahan 6 bulan, gimana cara pulang?");
        assertThat(r.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(r.indicators()).contains("wages_withheld");
    }

    @Test
    void a_relative_out_of_contact_offers_a_counselor_even_when_the_story_comes_between() {
        RiskAssessment r = lexicon("anak sy laki2 umur 22 brgkt ke kamboja bln juli kata nya kerja di kasino, udh 3 minggu ga ada kabar");
        assertThat(r.risk()).isEqualTo(Risk.OFFER);
        assertThat(r.indicators()).containsExactly("lost_contact");
    }

    @Test
    void a_child_with_a_sign_is_an_emergency_and_a_child_alone_is_no_sign() {
        eachReads(Risk.EMERGENCY, "minor",
                "aku 16 tahun, dijanjiin kerja di kafe di batam, ternyata disuruh nemenin tamu dan ga boleh pulang",
                "anak saya umur 15 dibawa calo ke malaysia, paspornya ditahan agen",
                "adik sy masih SMP dikurung di rumah bos, ga boleh keluar", "umurnya baru 17, gajinya ga dibayar 5 bulan",
                "I am 16 years old, my boss took my passport", "keponakan saya di bawah umur dipaksa kerja di karaoke");
        for (String text : List.of("umur 17 boleh daftar PMI ga?", "anak saya masih SMA mau kuliah, ada beasiswa?",
                "aku 16 tahun mau kerja ke jepang bisa?")) {
            RiskAssessment r = lexicon(text);
            assertThat(r.risk()).as(text).isEqualTo(Risk.NONE);
            assertThat(r.indicators()).as(text).isEmpty();
        }
    }

    @Test
    void an_age_of_years_abroad_or_an_adult_or_a_past_that_is_over_does_not_raise_a_case() {
        for (String text : List.of("saya 15 tahun di malaysia, gaji saya ditahan majikan",
                "anak saya umur 22 paspornya ditahan agen", "saya 12 tahun kerja di hongkong, paspor saya ditahan",
                "gaji saya ditahan sudah 15 bulan")) {
            RiskAssessment r = lexicon(text);
            assertThat(r.risk()).as(text).isEqualTo(Risk.ESCALATE);
            assertThat(r.indicators()).as(text).doesNotContain("minor");
        }
        RiskAssessment over = lexicon("waktu umur 16 saya pernah dipukul majikan, sekarang sudah pulang dan aman");
        assertThat(over.risk()).isEqualTo(Risk.OFFER);
        assertThat(over.indicators()).isEmpty();
    }

    @Test
    void a_relative_who_died_offers_a_counselor_and_a_death_told_as_suicide_is_no_crisis_of_the_writer() {
        eachReads(Risk.OFFER, "death", "suami saya meninggal di malaysia, jenazahnya belum dipulangkan",
                "anak saya meninggal di arab saudi, kata majikannya bunuh diri, kami tidak percaya",
                "my husband died on a fishing boat in korea");
        assertThat(lexicon("anak saya meninggal di arab saudi, kata majikannya bunuh diri").indicators())
                .doesNotContain("suicidal");
        assertThat(lexicon("saya hampir meninggal dipukul majikan").indicators()).doesNotContain("death");
        assertThat(lexicon("kalau pmi meninggal di luar negeri dapat santunan apa").indicators()).isEmpty();
        RiskAssessment writer = lexicon("teman saya meninggal bulan lalu, sekarang saya juga mau bunuh diri");
        assertThat(writer.risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(writer.indicators()).contains("suicidal");
        // another sign found by a pattern keeps the case
        assertThat(lexicon("teman sy meninggal dipukuli majikan, sy jg sering dipukul").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_death_told_calms_exploitation_the_classifier_alone_reads_but_not_danger_it_is_sure_of() {
        String text = "anak saya meninggal di arab saudi, kami tidak percaya";
        Classification unsure = scored("emergency.danger", 0.34, "tip.violence", 0.3, "return.assistance", 0.2);
        assertThat(withScores(text, unsure).risk()).isEqualTo(Risk.OFFER);
        Classification sure = scored("emergency.danger", 0.95, "tip.violence", 0.03, "return.assistance", 0.02);
        assertThat(withScores("teman saya meninggal dibunuh majikan, saya takut sekarang", sure).risk())
                .isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void signs_said_in_everyday_words_are_found_together() {
        assertThat(lexicon("saya di hongkong, majikan pukul saya tadi pagi, paspor juga dia simpan").indicators())
                .contains("violence");
        assertThat(lexicon("sy di johor, majikan ga kasih sy keluar rumah sama sekali, hp disita").indicators())
                .contains("confinement", "phone_taken");
        assertThat(lexicon("mami bilang aku punya utang 5 juta buat ongkos kesini, kalo mau pulang harus lunas dulu").indicators())
                .contains("debt_bondage");
        assertThat(lexicon("biaya tiket kalau mau pulang harus bayar sendiri?").indicators()).isEmpty();
        // negated, the bare verb also silences the classifier's reading of violence
        Classification c = scored("tip.violence", 0.93, "out_of_scope", 0.05);
        assertThat(withScores("majikan saya baik, ga pernah pukul saya", c).risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void a_person_sold_a_childs_own_age_and_english_danger_are_read() {
        eachReads(Risk.EMERGENCY, "minor", "anak saya 13 tahun dijual sama ayah tirinya ke malaysia",
                "umurku 16 thn, agen nahan paspor ku di johor", "I am 16, the agent took my passport");
        assertThat(lexicon("anak saya 13 tahun dijual sama ayah tirinya ke malaysia").indicators()).contains("trafficked");
        assertThat(lexicon("motor saya dijual buat biaya berangkat").indicators()).isEmpty();
        assertThat(lexicon("dulu umur 17, skrg 25, paspor saya ditahan").indicators()).doesNotContain("minor");
        assertThat(lexicon("anak majikan umur 12 suka pukul saya").indicators()).doesNotContain("minor");
        eachReads(Risk.EMERGENCY, "danger_now", "someone is following me from the dormitory, i am scared");
        assertThat(lexicon("please help, how do i check if my agency is legal?").risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void suicidal_thoughts_said_indirectly_are_danger() {
        eachReads(Risk.EMERGENCY, "suicidal", "malu sama bapak ibu, rasanya mending ga usah hidup lg",
                "sy serius, kayaknya keluarga lebih tenang kalo sy ga ada", "buat apa sy hidup kalo cuma jadi beban keluarga",
                "pengen tidur aja ga usah bangun lg", "ibu saya meninggal minggu lalu, mending saya ikut mati aja", "pengen nyusul aja");
        assertThat(lexicon("saya mau nyusul suami ke malaysia").indicators()).isEmpty();
        assertThat(lexicon("kucing saya mati").indicators()).isEmpty();
        assertThat(lexicon("mending ga usah ada acara lebaran tahun ini").indicators()).isEmpty();
    }

    @Test
    void a_returnee_ashamed_or_broke_or_home_again_is_no_sign_by_the_lexicon() {
        assertThat(lexicon("sy malu bgt pulang ga bawa hasil, pengen ngumpet di kamar aja").indicators()).isEmpty();
        assertThat(lexicon("sy lagi ngumpet di gudang, majikan nyari sy").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("suami sy ketinggalan pesawat di dubai, ga pegang uang sama sekali").indicators()).isEmpty();
        assertThat(lexicon("udh 8 bulan kerja blm pernah pegang uang sepeser pun").indicators()).contains("wages_withheld");
        assertThat(lexicon("bos ga pernah mukul atau ngancem, cuma suka marah").indicators()).isEmpty();
        assertThat(lexicon("adik sy minggu lalu dipulangkan dr myanmar setelah disekap di perusahaan scam, skrg murung")
                .risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("adik sy setahun lalu dilecehkan majikan di oman, skrg dia sdh aman di rumah tp sering nangis")
                .risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("adik sy setahun lalu berangkat ke oman, skrg dia dilecehkan majikan").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("wkt di qatar sy dikunci di kamar 3 bln, skrg udh pulang, mau kursus").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("my employer used to lock me in, but I came home last year").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("wkt di qatar sy dikunci di kamar sampai sekarang").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_contract_replaced_is_deception_but_leave_paid_out_instead_is_not() {
        assertThat(lexicon("kontrak kerja sy dr pt tiba2 diganti pas di bandara").indicators()).contains("deception");
        assertThat(lexicon("libur mingguan yg tertulis di kontrak dihapus dan majikan bilang diganti uang lembur").indicators()).isEmpty();
    }

    @Test
    void english_signs_of_confinement_and_forced_work() {
        assertThat(lexicon("the helper next door is locked inside the house all day").indicators()).contains("confinement");
        assertThat(lexicon("they are not allowed to quit and work without rest").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void understands_chat_spelling() {
        assertThat(lexicon("gaji sy gk dibyr udh 5 bln").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("pspr sy d tahan mjkn gmn ni").indicators()).contains("passport_held");
    }

    @Test
    void escalates_on_indirect_descriptions() {
        assertThat(lexicon("setahun kerja belum pernah terima gaji sepeser pun").indicators()).contains("wages_withheld");
        assertThat(lexicon("hp saya diambil majikan, ini pinjam punya teman").indicators()).contains("phone_taken");
        assertThat(lexicon("majikan gak ngizinin aku keluar rumah").indicators()).contains("confinement");
        assertThat(lexicon("dijanjikan kerja di restoran, ternyata disuruh melayani tamu").indicators())
                .contains("deception", "sexual_abuse");
        assertThat(lexicon("kalau mau pulang disuruh bayar ganti rugi 30 juta").indicators()).contains("debt_bondage");
        assertThat(lexicon("kerja dari subuh, tidur cuma 3 jam, gak pernah libur").indicators()).contains("forced_work");
        assertThat(lexicon("pacar saya abk kapal, kalo lagi kejar ikan tidurnya cuma 3 jam").indicators()).contains("forced_work");
        assertThat(lexicon("anakku dipaksa nipu orang lewat facebook di kamboja").indicators()).contains("scam_compound");
    }

    @Test
    void calls_an_emergency_when_someone_is_in_danger_now() {
        RiskAssessment r = lexicon("tolong saya sekarang, majikan mau membunuh saya");
        assertThat(r.risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(r.indicators()).contains("danger_now");
        assertThat(lexicon("udah gak kuat, pengen bunuh diri aja").indicators()).contains("suicidal");
        assertThat(lexicon("saya kabur dari rumah majikan, sekarang sembunyi di masjid").risk()).isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void someone_who_got_away_and_is_now_at_the_embassy_or_the_police_is_not_escaping_any_more() {
        assertThat(lexicon("ibu saya kabur dari majikan di arab dan skrg di penampungan KBRI, gimana biar bisa dipulangin?")
                .indicators()).doesNotContain("escaping");
        assertThat(lexicon("adik kabur dari agen terus diamankan di kantor polisi, prosesnya gimana").indicators())
                .doesNotContain("escaping");
        assertThat(lexicon("adik saya berhasil kabur, sekarang sudah di kbri").indicators()).doesNotContain("escaping");
        assertThat(lexicon("kakak melarikan diri dari penampungan dan sekarang ditampung di rumah aman").indicators())
                .doesNotContain("escaping");
        assertThat(lexicon("adik kabur dari majikan, sekarang di jalan gak tau mau kemana").risk()).isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void where_someone_is_made_to_sleep_is_not_sexual_abuse_but_being_made_to_sleep_with_someone_is() {
        assertThat(lexicon("sy PRT di HK, mau ngadu majikan krn disuruh tidur di dapur").indicators())
                .doesNotContain("sexual_abuse");
        assertThat(lexicon("aku dipaksa tidur di lantai gudang").indicators()).doesNotContain("sexual_abuse");
        assertThat(lexicon("aku disuruh tidur sama anak majikan").indicators()).contains("sexual_abuse");
        assertThat(lexicon("aku disuruh tidur di kamar majikan laki laki").indicators()).contains("sexual_abuse");
    }

    @Test
    void does_not_escalate_a_negated_indicator() {
        assertThat(lexicon("paspor saya tidak ditahan, saya pegang sendiri").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("majikan gak pernah mukul saya").risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void a_negation_that_is_part_of_the_indicator_still_escalates() {
        assertThat(lexicon("gaji tidak dibayar 3 bulan").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_negation_elsewhere_in_the_message_does_not_cancel_the_indicator() {
        assertThat(lexicon("saya tidak tahu kenapa paspor saya ditahan agen").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("paspor saya tidak ditahan, tapi gaji belum dibayar").indicators())
                .containsExactly("wages_withheld");
    }

    @Test
    void leaves_ordinary_questions_alone() {
        assertThat(lexicon("syarat bikin paspor apa saja?").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("berapa biaya penempatan ke taiwan").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("pengen kabur aja dulu ke jepang, lowongan resmi dimana").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("hp saya mau mati, nanti saya chat lagi").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("aku mau ngurus paspor yg udah mau mati, ke kbri mana").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("rasanya aku mau mati aja").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("apa itu perbudakan modern").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("sisa gaji mau disimpan dimana").risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void offers_a_counselor_for_recruitment_red_flags() {
        assertThat(lexicon("boleh gak kerja pakai visa turis?").risk()).isEqualTo(Risk.OFFER);
    }

    @Test
    void escalates_when_the_classifier_is_fairly_sure_of_an_exploitation_intent() {
        RiskAssessment r = withScores("majikan begitu terus sama saya", scored("tip.violence", 0.6, "smalltalk.thanks", 0.4));
        assertThat(r.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(r.indicators()).containsExactly("tip.violence");
    }

    @Test
    void escalates_when_probability_is_spread_over_exploitation_intents() {
        Classification c = scored("premig.costs", 0.30, "tip.wages_debt", 0.25, "tip.forced_work", 0.25, "smalltalk.thanks", 0.20);
        assertThat(withScores("ya begitulah keadaannya", c).risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void needs_more_confidence_for_an_emergency_from_the_classifier_alone() {
        assertThat(withScores("hmm", scored("emergency.danger", 0.40, "smalltalk.thanks", 0.60)).risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(withScores("hmm", scored("emergency.danger", 0.70, "smalltalk.thanks", 0.30)).risk())
                .isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void an_unsure_danger_guess_below_the_top_threshold_does_not_open_a_case() {
        Classification unsure = scored("emergency.danger", 0.14, "premig.job_offer_check", 0.13, "smalltalk.thanks", 0.12,
                "premig.costs", 0.11, "out_of_scope", 0.10);
        assertThat(withScores("siapa yang menang piala dunia", unsure).risk()).isNotIn(Risk.ESCALATE, Risk.EMERGENCY);
    }

    @Test
    void a_general_question_the_classifier_alone_reads_as_exploitation_gets_a_counselor_offer_not_a_case() {
        Classification sure = scored("tip.confinement", 0.72, "tip.about", 0.28);
        RiskAssessment general = withScores("kalau misal ada tki dilarang keluar rumah, itu namanya apa? cuma nanya", sure);
        assertThat(general.risk()).isEqualTo(Risk.OFFER);
        assertThat(general.indicators()).isEmpty();
        // the same reading about a real person still opens a case
        assertThat(withScores("kalau misal adik saya dilarang keluar rumah, itu namanya apa?", sure).risk())
                .isEqualTo(Risk.ESCALATE);
        // a general marker without a question, a narrative, still opens a case
        assertThat(withScores("sampai di bandara dijemput orang lain terus dikirim ke majikan yang beda", sure).risk())
                .isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_single_topic_word_the_classifier_alone_reads_as_exploitation_gets_an_offer_but_danger_stays_an_emergency() {
        RiskAssessment word = withScores("majikan", scored("tip.violence", 0.98, "abroad.complaint", 0.02));
        assertThat(word.risk()).isEqualTo(Risk.OFFER);
        assertThat(word.indicators()).isEmpty();
        assertThat(withScores("tolong", scored("emergency.danger", 0.9, "human.request", 0.1)).risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(withScores("lari", scored("emergency.danger", 0.45, "human.request", 0.55)).risk()).isEqualTo(Risk.ESCALATE);
        assertThat(withScores("majikan galak", scored("tip.violence", 0.98, "abroad.complaint", 0.02)).risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(withScores("dipukul", scored("tip.violence", 0.98, "abroad.complaint", 0.02)).risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_question_about_a_ransom_read_as_money_advice_is_answered_with_the_scam_company_answer() {
        Classification money = scored("reint.financial_management", 0.98, "tip.scam_compound", 0.01);
        String ransom = "kirim uang tebusan atau jangan?";
        assertThat(withScores(ransom, money).indicators()).contains("ransom");
        assertThat(detector.settle(money, withScores(ransom, money)).intent()).isEqualTo("tip.scam_compound");
        Classification passport = scored("tip.passport_held", 0.9, "premig.costs", 0.1);
        String fee = "disuruh tebus paspor 10 juta sama agensi";
        assertThat(detector.settle(passport, withScores(fee, passport)).intent()).isEqualTo("tip.passport_held");
    }

    @Test
    void violence_reported_with_another_sign_is_answered_as_violence_but_a_scam_company_keeps_its_intent() {
        Classification confinement = scored("tip.confinement", 0.7, "tip.violence", 0.3);
        String text = "saya dikunci di kamar lalu ditampar majikan";
        assertThat(detector.settle(confinement, withScores(text, confinement)).intent()).isEqualTo("tip.violence");
        assertThat(detector.settle(confinement, withScores(text, confinement)).confidence()).isEqualTo(0.7);
        String locked = "saya dikunci di kamar majikan";
        assertThat(detector.settle(confinement, withScores(locked, confinement)).intent()).isEqualTo("tip.confinement");
        Classification scam = scored("tip.scam_compound", 0.9, "tip.violence", 0.1);
        String compound = "teman saya di kamboja dipukuli karena tidak capai target scam";
        assertThat(detector.settle(scam, withScores(compound, scam)).intent()).isEqualTo("tip.scam_compound");
        Classification complaint = scored("abroad.complaint", 0.6, "tip.violence", 0.4);
        String beaten = "majikan saya suka mukul, saya mau ngadu ke agensi";
        assertThat(detector.settle(complaint, withScores(beaten, complaint)).intent()).isEqualTo("tip.violence");
        String rude = "majikan saya cerewet, saya mau ngadu ke agensi";
        assertThat(detector.settle(complaint, withScores(rude, complaint)).intent()).isEqualTo("abroad.complaint");
        // general talk about violence does not change the answer
        Classification about = scored("tip.wages_debt", 0.6, "tip.about", 0.4);
        String general = "apa hukumannya kalau majikan memukul pekerja dan tidak membayar gaji";
        assertThat(detector.settle(about, withScores(general, about)).intent()).isEqualTo("tip.wages_debt");
    }

    @Test
    void a_held_passport_or_a_deception_is_answered_as_such_over_a_documents_or_contract_question() {
        Classification documents = scored("premig.documents", 0.6, "tip.passport_held", 0.4);
        String held = "minta paspor buat perpanjang visa, majikan gak mau kasih, paspornya ditahan";
        assertThat(detector.settle(documents, withScores(held, documents)).intent()).isEqualTo("tip.passport_held");
        Classification complaint = scored("abroad.complaint", 0.6, "tip.passport_held", 0.4);
        String kept = "paspor saya ditahan majikan, mau ngadu ke kbri";
        assertThat(detector.settle(complaint, withScores(kept, complaint)).intent()).isEqualTo("tip.passport_held");
        String renew = "cara perpanjang paspor di kbri gimana";
        assertThat(detector.settle(documents, withScores(renew, documents)).intent()).isEqualTo("premig.documents");
        Classification contract = scored("premig.contract", 0.7, "tip.deception", 0.3);
        String lied = "dijanjikan kerja di pabrik ternyata jadi prt, kontraknya gimana";
        assertThat(detector.settle(contract, withScores(lied, contract)).intent()).isEqualTo("tip.deception");
        // an immigration office keeping a passport during its own check is not an employer holding it
        assertThat(lexicon("paspor saya ditahan imigrasi pas wawancara").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("paspor saya ditahan petugas imigrasi bandara").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("paspor saya ditahan majikan, imigrasi bilang harus lapor").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_job_offer_not_yet_taken_gets_a_counselor_offer_but_someone_already_there_or_in_danger_does_not() {
        Classification scam = scored("tip.scam_compound", 0.85, "premig.job_offer_check", 0.15);
        assertThat(withScores("temen saya mau pergi ke myanmar kerja online, gimana ngecek perusahaannya", scam).risk())
                .isEqualTo(Risk.OFFER);
        assertThat(withScores("ada yg nawarin adik kerja admin di laos, beneran ga", scam).risk()).isEqualTo(Risk.OFFER);
        assertThat(withScores("adik saya ditawari kerja di kamboja, sekarang dia di sana", scam).risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(withScores("ikut lowongan kerja di kamboja, hpnya tidak aktif 3 hari", scam).risk())
                .isEqualTo(Risk.ESCALATE);
        Classification danger = scored("emergency.danger", 0.9, "reint.psychosocial", 0.1);
        assertThat(withScores("ditawari kerja lagi tapi aku udah ga tahan, pengen pergi jauh dan ga bangun lagi", danger).risk())
                .isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void everyday_words_that_only_look_like_a_sign_do_not_open_a_case_but_the_sign_still_does() {
        // one's own passport, paying nothing up front, a payslip, a child insisting, asking who can help
        assertThat(lexicon("paspor dipegang sendiri kok, mau tanya perpanjang di kbri").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("nyonya ngumpetin paspor ku dan ga mau ngasih").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("pt bilang aku ga bayar apa2 di depan, nanti potong gaji").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("majikan ga bayar gaji ku 3 bulan").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("bosnya belum bayar upah sejak lebaran").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("manning agent gak transfer gaji suami saya ke keluarga").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("saya belum kirim gaji ke keluarga, transfer murah gimana").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("slip gajinya ga pernah dikasih").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("gajinya ga pernah dikasih").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("anak saya maksa mau kerja ke singapura, boleh?").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("majikan maksa aku kerja sampai jam 2 malam").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("passport lost at the airport, who can help me there").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("help me, he is outside the door").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("wong lanang kuwi nggowo piso, aku ndelik neng kamar mandi").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("what is debt bondage").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("mau nanya teori aja, menahan paspor pekerja itu ada sanksinya?").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("di film ada tkw dikurung majikan, di dunia nyata ada ga").risk()).isEqualTo(Risk.OFFER);
        // "dikirim ... bukan?" asks a question; "dikirim ke irak bukan ke taiwan" is a deception
        assertThat(lexicon("loker di fb minta data paspor, harus dikirim hari ini. tipu2 bukan?").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("saya dikirim ke irak bukan ke taiwan").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("bpjs ada manfaat tiket pulang kalau kerjaan ga sesuai perjanjian?").risk()).isEqualTo(Risk.OFFER);
    }

    @Test
    void a_fear_of_what_may_happen_gets_a_counselor_offer_but_what_already_happens_or_danger_opens_a_case() {
        assertThat(lexicon("cek dong PT ini resmi gak, takutnya nanti paspor ditahan kayak tetanggaku dulu").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("mau daftar lewat sponsor, tapi takut nanti gajinya ga dibayar").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("kontrak belum ditandatangani, kuatir ntar disuruh kerja tanpa libur").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("kalau nanti saya dipukul majikan, lapor ke mana?").risk()).isEqualTo(Risk.OFFER);
        // the classifier reading the same sign does not open a case either
        assertThat(withScores("pt ini legal ga min? saya takut nanti paspor saya ditahan agen",
                scored("tip.passport_held", 0.9, "premig.agency_check", 0.1)).risk()).isEqualTo(Risk.OFFER);
        // it already happens, it happens now, or it is danger
        assertThat(lexicon("saya takut nanti dipukul lagi kalau ketahuan lapor").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("kalau nanti dipukul lagi sama majikan gimana").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("aku takut, paspor ku ditahan majikan").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("saya takut nanti kabur dari rumah majikan").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(withScores("saya takut nanti mati di sini",
                scored("emergency.danger", 0.9, "tip.violence", 0.1)).risk()).isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void a_return_after_the_harm_makes_it_a_past_that_is_over_but_the_harm_alone_still_opens_a_case() {
        assertThat(lexicon("adik saya baru dipulangkan dari malaysia setelah disekap agen, bisa dapat rehabilitasi?").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("dulu disekap majikan, sekarang sudah di rumah, mau usaha").risk()).isEqualTo(Risk.OFFER);
        // "sempat" may be yesterday, and going back to work is no return home
        assertThat(lexicon("kemarin sempat dipukul majikan, sekarang sudah kembali kerja").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("dulu dipukul majikan, sekarang sudah kembali bekerja seperti biasa").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("setelah saya minta gaji, majikan mukul saya").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("setelah pulang kerja majikan mukul saya").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("habis pulang kerja majikan mukul saya").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_question_about_the_rule_is_general_talk_and_a_person_detained_is_no_held_passport() {
        assertThat(lexicon("emang di malaysia majikan gak boleh nyimpen paspor pekerja ya? ada aturannya gak?").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("paspor lama saya hilang waktu ditahan di sabah lalu dideportasi, bikin baru gimana").indicators())
                .doesNotContain("passport_held");
        assertThat(lexicon("paspor saya ditahan majikan di sabah").indicators()).contains("passport_held");
    }

    @Test
    void a_past_that_is_over_gets_a_counselor_offer_from_patterns_and_classifier_alike() {
        RiskAssessment over = lexicon("dulu pernah ga digaji sama majikan, skrg udah pulang, mau usaha warung modalnya dr mana");
        assertThat(over.risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("waktu di arab pernah dipukul majikan, udah lama pulang tapi masih mimpi buruk").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(withScores("dulu pernah disiksa majikan, sekarang udah pulang tapi masih takut",
                scored("tip.violence", 0.6, "reint.psychosocial", 0.4)).risk()).isEqualTo(Risk.OFFER);
        // still going on: a case
        assertThat(lexicon("dulu paspor saya ditahan agen, sampai sekarang belum dikembalikan").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("gaji saya ga dibayar 5 bulan").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void reads_signs_told_in_everyday_words() {
        assertThat(lexicon("kakakku di abu dhabi paspornya dikuasai sponsor").indicators()).contains("passport_held");
        assertThat(lexicon("adikku di sana kerjaannya beda total dari iklannya").indicators()).contains("deception");
        assertThat(lexicon("agen janji penempatan taiwan, udah bayar 20jt, tau2 saya dikirim ke irak").indicators())
                .contains("deception");
        assertThat(lexicon("tiap bulan dipotong tapi tagihannya ga pernah turun").indicators()).contains("debt_bondage");
        assertThat(lexicon("cicilan kur ku belum lunas, gimana ngatur gaji bulan ini").risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void a_return_told_before_the_past_is_over_too_unless_something_still_goes_on() {
        assertThat(lexicon("aku udah pulang dari kamboja, dulu dipaksa kerja scam, bisa dapat atensi?").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("anak saya baru dipulangkan dari myanmar, dulu disekap di perusahaan scam").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("habis pulang dari saudi aku sering mimpi buruk soal majikan yg dulu suka mukul").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("habis pulang dari saudi, dulu dipukul majikan, sekarang masih sering dipukul suami").risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("sudah pulang, tapi dulu paspor ditahan dan sampai sekarang belum dikembalikan").risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("saya sudah pulang ke indonesia, dulu paspor saya ditahan agen dan masih di agen").risk())
                .isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_former_worker_a_return_at_last_or_a_year_ago_and_a_wait_counted_in_months_also_tell_a_past_that_is_over() {
        assertThat(lexicon("mamak saya mantan tkw, dulu sering dipukul majikan, sekarang susah tidur").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("suami akhirnya pulang dari sabah stlh 8 bln ga digaji, skrg sering minder").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("dulu paspor sepupu ditahan agen, dia dipulangkan 2 tahun lalu, bisa dapat atensi?").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("udah dua bulan pulang dr brunei, tp masih keinget dulu disekap di mess").risk())
                .isEqualTo(Risk.OFFER);
        // a former worker abroad again, a return to the employer, a wait that ends in harm: still a case
        assertThat(lexicon("aku mantan pmi, skrg kerja lagi di taiwan, paspor ditahan agen").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("akhirnya pulang ke majikan lagi, dulu dipukul dan masih dipukul").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("setelah 3 bulan kerja majikan mulai mukul saya").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("pulang2 malah disiksa suami").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_feeling_that_lingers_after_a_past_that_is_over_is_no_sign_that_goes_on() {
        assertThat(lexicon("sudah 3 tahun pulang dr dubai setelah dianiaya majikan, sampai sekarang masih suka mimpi buruk").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("istriku baru pulang setelah disekap agen, sekarang cemas terus").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("udah setahun pulang, dulu ga digaji majikan, sampai sekarang aku masih malu").risk())
                .isEqualTo(Risk.OFFER);
        // the sign itself still goes on
        assertThat(lexicon("udah setahun pulang, dulu ijazah ditahan agen, sampai sekarang masih di agen").risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("sudah pulang, dulu dipukul majikan, masih takut, dan suami masih mukul").risk())
                .isEqualTo(Risk.ESCALATE);
    }

    @Test
    void not_being_fed_is_a_sign_however_it_is_typed_but_a_meal_rule_is_not() {
        assertThat(lexicon("sy g d ksh makan sm majikan udh 2 hr, lapar bgt").indicators()).contains("forced_work");
        assertThat(lexicon("majikan ga ngasih aku makan dari kemarin").indicators()).contains("forced_work");
        assertThat(lexicon("saya belum dikasih makan dari pagi").indicators()).contains("forced_work");
        assertThat(lexicon("di sana saya tidak dikasih makan babi kan?").indicators()).doesNotContain("forced_work");
        assertThat(lexicon("majikan tidak kasih makan gratis, harus beli sendiri").indicators()).doesNotContain("forced_work");
    }

    @Test
    void the_feared_person_coming_now_or_standing_on_the_street_after_getting_out_is_danger_now() {
        assertThat(lexicon("dia datang!! tolong").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("majikan datang lagi, tolong").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("kalau majikan datang tolong kabari saya").indicators()).doesNotContain("danger_now");
        assertThat(lexicon("aku udah di luar rumah, di pinggir jalan. harus kemana?").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("sudah keluar dari rumah majikan, sekarang di jalan").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("saya sudah keluar rumah, mau ke mana ya enaknya liburan").indicators()).doesNotContain("escaping");
        assertThat(lexicon("saya sudah keluar rumah majikan dan sekarang di kbri, harus kemana lagi?").indicators())
                .doesNotContain("escaping");
    }

    @Test
    void an_injury_in_a_past_that_is_over_offers_a_counselor_but_an_injury_now_stays_an_emergency() {
        assertThat(lexicon("tahun lalu sy kecelakaan kerja di pabrik taiwan tangan patah, skrg udh pulang, gmn klaim bpjs?")
                .risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("kalau pekerja terluka parah di tempat kerja, apakah bpjs menanggung?").risk()).isEqualTo(Risk.OFFER);
        // not said to be over, still going on, or now
        assertThat(lexicon("bulan lalu suami jatuh dari perancah kakinya patah, bisa klaim bpjs?").risk())
                .isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("dulu kaki sy patah dipukul majikan, sampai sekarang masih di rumah majikan").risk())
                .isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("tolong tangan saya berdarah dipukul majikan").risk()).isEqualTo(Risk.EMERGENCY);
        assertThat(lexicon("apakah saya boleh ke rumah sakit? kepala saya berdarah").risk()).isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void a_question_whether_something_counts_as_trafficking_is_general_unless_it_is_about_someone() {
        assertThat(lexicon("kalo paspor ditahan majikan itu termasuk tppo ga sih").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("paspor saya ditahan majikan, itu termasuk tppo ga").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("kalo ijazah ditahan agen itu udh termasuk tanda trafficking blm?").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("ijazah adikku ditahan agen, itu udh termasuk tanda trafficking?").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("is it considered trafficking if the agency holds the passport of a worker").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("the agency holds my passport").risk()).isEqualTo(Risk.ESCALATE);
        // "anak muda" (young people) is nobody in particular; "anak saya" is
        assertThat(lexicon("saya pendamping desa. tanda tanda anak muda yang direkrut ke perusahaan scam itu apa saja").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("tanda tanda apa saja, anak saya yang direkrut ke perusahaan scam").risk())
                .isEqualTo(Risk.ESCALATE);
        // escaping is an emergency sign guarded the same way
        assertThat(lexicon("apa hukumnya kalau pekerja migran kabur dari majikan").risk()).isEqualTo(Risk.OFFER);
        assertThat(lexicon("saya kabur dari majikan, sekarang di jalan").risk()).isEqualTo(Risk.EMERGENCY);
    }

    @Test
    void a_held_passport_in_javanese_english_plural_or_held_until_a_debt_is_paid_escalates() {
        assertThat(lexicon("majikan ora gelem mbalekke paspor ku").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("our boss keeps all our passports in his office").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("my madam locked my passport in her drawer").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("agen bilang paspor baru dikembalikan kalau utang tiket lunas").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_rescue_is_over_but_a_house_of_the_employer_is_not_home() {
        assertThat(lexicon("adik saya sudah diselamatkan dari perusahaan penipuan di myanmar, mau lapor calonya").risk())
                .isEqualTo(Risk.OFFER);
        assertThat(lexicon("paspor saya ditahan, sekarang saya di rumah majikan ga boleh keluar").risk())
                .isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_passport_handed_over_for_a_visa_is_not_held_until_it_is_not_returned() {
        assertThat(lexicon("paspor ku dibawa sponsor buat bikin visa").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("agen simpan paspor saya buat stempel visa").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("paspor ku dibawa agen").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("agen bawa paspor ku buat urus visa, tapi udah 6 bulan ga dibalikin").risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("paspor dipinjem buat proses visa, tapi ga pernah balik ke aku").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("my agent borrowed my passport for the visa and has not returned it").risk())
                .isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("pt ga mau balikin ijazah asli padahal aku mundur").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("paspor saya masih berlaku, saya tidak balik ke malaysia lagi").risk()).isEqualTo(Risk.NONE);
    }

    @Test
    void saving_ones_own_pay_is_not_withheld_wages_but_an_employer_keeping_it_is() {
        assertThat(lexicon("reksadana atau deposito, mana yg cocok buat nyimpen gaji?").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("majikan nyimpen gaji saya katanya biar aman").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void a_stored_phone_number_is_not_a_confiscated_phone() {
        assertThat(lexicon("hp ku dikunci sama anakku pake password, gimana bukanya?").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("hp ku dikunci majikan di lemari").risk()).isEqualTo(Risk.ESCALATE);
        assertThat(lexicon("nomor hp sy disimpen buat apa aja? takut kesebar").risk()).isEqualTo(Risk.NONE);
        assertThat(lexicon("hp saya disimpan majikan, ga boleh pegang").risk()).isEqualTo(Risk.ESCALATE);
    }

    @Test
    void an_explicit_negation_silences_the_classifier_for_that_indicator() {
        Classification sure = scored("tip.passport_held", 0.9, "premig.documents", 0.1);
        assertThat(withScores("paspor saya tidak ditahan", sure).risk()).isEqualTo(Risk.NONE);
        assertThat(withScores("paspor saya ditahan", sure).indicators()).containsExactly("passport_held");
    }

    @Test
    void low_scores_for_exploitation_intents_do_not_escalate() {
        Classification c = scored("premig.costs", 0.8, "tip.wages_debt", 0.1, "smalltalk.thanks", 0.1);
        assertThat(withScores("biaya ke taiwan berapa", c).risk()).isEqualTo(Risk.NONE);
    }
}

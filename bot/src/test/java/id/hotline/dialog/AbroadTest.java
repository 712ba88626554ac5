package id.hotline.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AbroadTest {
    private static final java.util.Map<String, String> SLANG = id.hotline.testing.EngineFixture.knowledgeBase().slang();

    /** Normalised as the NLU leaves them: "sy"/"aku" read "saya", "skrg" "sekarang", "lg" "lagi". */
    @ParameterizedTest
    @ValueSource(strings = {"saya di malaysia paspor ditahan majikan", "saya sekarang lagi di kamboja disekap",
            "tolong saya di hong kong tidak digaji 5 bulan", "i am in dubai and my employer beats me",
            "saya kerja di luar negeri hp saya diambil", "saya tkw di arab saudi tidak boleh keluar rumah",
            "saya pmi di taiwan, dulu di malaysia, sekarang dipukul majikan", "saya di kalau paspor ditahan" /* di kl */,
            "tolong saya masih di hk", "saya abk di kapal ikan taiwan tidak digaji", "saya berada di negara malaysia",
            "saya mau pulang, saya di malaysia tidak boleh keluar", "saya kerja di kebun sawit malaysia tidak digaji",
            "saya 16 working in a karaoke in kuching", "saya m a fisherman on a taiwanese boat", "14 bulan di laut lepas",
            "saya di kapal dipukul kapten"})
    void someone_abroad_now(String normalized) {
        assertThat(Abroad.told(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paspor saya ditahan agen", "saya mau kerja di malaysia, paspor ditahan sponsor",
            "dulu di saudi saya dipukul majikan", "saya ditawari kerja di kamboja gaji besar",
            "saya sudah pulang, waktu di hong kong tidak digaji", "i used to work in dubai", "saya dari malaysia",
            "rencana berangkat ke taiwan bulan depan", "disekap di rumah di semarang", "saya mau kerja di hk",
            "dulu saya kerja di arab 5 tahun"})
    void a_plan_a_past_or_no_place_abroad(String normalized) {
        assertThat(Abroad.told(normalized)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void a_message_about_a_relative_abroad_leaves_the_writer_at_home_but_a_form_of_address_does_not() {
        assertThat(Abroad.writerAbroad("adik saya di malaysia paspornya ditahan", "adik sy di malaysia paspornya ditahan",
                SLANG)).isFalse();
        assertThat(Abroad.writerAbroad("kakak saya di malaysia paspor saya ditahan", "kak, saya di malaysia, paspor saya ditahan", SLANG))
                .isTrue();
    }
}

package id.hotline.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AbroadTest {
    /** Normalised as the NLU leaves them: "sy"/"aku" read "saya", "skrg" "sekarang", "lg" "lagi". */
    @ParameterizedTest
    @ValueSource(strings = {"saya di malaysia paspor ditahan majikan", "saya sekarang lagi di kamboja disekap",
            "tolong saya di hong kong tidak digaji 5 bulan", "i am in dubai and my employer beats me",
            "saya kerja di luar negeri hp saya diambil", "saya tkw di arab saudi tidak boleh keluar rumah",
            "saya pmi di taiwan, dulu di malaysia, sekarang dipukul majikan"})
    void a_writer_abroad_now(String normalized) {
        assertThat(Abroad.told(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paspor saya ditahan agen", "saya mau kerja di malaysia, paspor ditahan sponsor",
            "dulu di saudi saya dipukul majikan", "saya ditawari kerja di kamboja gaji besar",
            "saya sudah pulang, waktu di hong kong tidak digaji", "i used to work in dubai", "saya dari malaysia",
            "rencana berangkat ke taiwan bulan depan", "disekap di rumah di semarang"})
    void a_plan_a_past_or_no_place_abroad(String normalized) {
        assertThat(Abroad.told(normalized)).isFalse();
    }
}

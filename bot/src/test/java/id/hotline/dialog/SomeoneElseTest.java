package id.hotline.dialog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SomeoneElseTest {
    private static final java.util.Map<String, String> SLANG = id.hotline.testing.EngineFixture.knowledgeBase().slang();

    /** Normalised as the NLU leaves them: "sy", "aku", "gw" and "my" read "saya". */
    @ParameterizedTest
    @ValueSource(strings = {"adik saya dipukul majikan", "anakku tidak bisa pulang dari malaysia",
            "paspor suami saya ditahan agen", "tolong teman kami dikurung di kamboja", "keponakan saya disekap",
            "saya sister is beaten by her employer", "our daughter has not been paid", "istriku diancam majikan",
            "mbakku dikunci di kamar", "mas ku di kapal tidak digaji", "bojoku di taiwan dipukul"})
    void a_relative_or_friend_of_the_writer(String normalized) {
        assertThat(SomeoneElse.told(normalized)).isTrue();
    }

    /** A kin word typed as a form of address, set off by punctuation, is no relative; without it, it may be one. */
    @Test
    void a_form_of_address_is_no_relative() {
        assertThat(SomeoneElse.told("kakak saya di malaysia paspor saya ditahan majikan",
                "kak, saya di malaysia, paspor saya ditahan majikan", SLANG)).isFalse();
        assertThat(SomeoneElse.told("halo bapak saya dipukul majikan", "Halo pak! sy dipukul majikan", SLANG)).isFalse();
        assertThat(SomeoneElse.told("kakak saya di malaysia paspornya ditahan", "kakak saya di malaysia paspornya ditahan",
                SLANG)).isTrue();
        assertThat(SomeoneElse.told("ibu adik saya disekap agen", "bu, adik saya disekap agen", SLANG)).as("a relative after the address")
                .isTrue();
    }

    @Test
    void a_short_form_of_address_right_before_the_writer_needs_no_comma() {
        assertThat(SomeoneElse.told("mbak saya di taiwan gaji saya ditahan agensi", "mbak aku neng taiwan, gajiku ditahan agensi",
                SLANG)).isFalse();
        assertThat(SomeoneElse.told("kakak saya umur 16 tahun dibawa ke batam", "kak aku umur 16 thn, dibawa ke batam", SLANG))
                .isFalse();
        assertThat(SomeoneElse.told("kakak saya dipukul majikan", "kakak saya dipukul majikan", SLANG)).isTrue();
    }

    /** A relative named only as at home or not knowing is told of in passing; one at an employer's home is not. */
    @ParameterizedTest
    @ValueSource(strings = {"saya di malaysia paspor saya ditahan majikan anak saya di kampung sakit",
            "paspor saya ditahan majikan di hongkong suami saya tidak tahu", "saya dipukul majikan ibu saya belum tahu saya di saudi",
            "saya m in dubai saya employer took saya passport saya mother does not know"})
    void a_relative_at_home_or_not_knowing_is_told_in_passing(String normalized) {
        assertThat(SomeoneElse.told(normalized)).isFalse();
    }

    @Test
    void a_relative_at_an_employers_home_is_the_one_told_of() {
        assertThat(SomeoneElse.told("anak saya di rumah majikan dikurung")).isTrue();
        assertThat(SomeoneElse.told("ibu saya di kampung sakit adik saya dipukul majikan")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"paspor saya ditahan majikan", "saya dipukul majikan", "anak majikan suka memukul saya",
            "ibu tolong saya dikurung", "majikan saya tidak bayar gaji", "saya mau tanya bu", "the employer beat me",
            "tomorrow i will leave", "saya teman baik majikan"})
    void the_writer_or_someone_not_theirs(String normalized) {
        assertThat(SomeoneElse.told(normalized)).isFalse();
    }
}

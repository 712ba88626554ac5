package id.hotline.channel.web;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeCodesTest {
    @RepeatedTest(20)
    void a_new_code_has_eight_characters_none_of_which_can_be_misread() {
        String code = ResumeCodes.newCode();
        assertThat(code).matches("[A-HJKMNP-Z2-9]{8}").containsPattern("[2-9]");
        assertThat(ResumeCodes.shown(code)).matches("[A-Z2-9]{4}-[A-Z2-9]{4}").isEqualTo(code.substring(0, 4) + "-" + code.substring(4));
    }

    @Test
    void the_code_is_read_from_lanjut_in_any_case_with_or_without_the_dash() {
        assertThat(ResumeCodes.typed("/lanjut K7QM-4XPA")).contains("K7QM4XPA");
        assertThat(ResumeCodes.typed("lanjut k7qm4xpa ")).contains("K7QM4XPA");
        assertThat(ResumeCodes.typed("/continue K7QM 4XPA")).contains("K7QM4XPA");
        assertThat(ResumeCodes.typed("/lanjut")).isEmpty();
        assertThat(ResumeCodes.typed("lanjut kerja di malaysia")).isEmpty();
        assertThat(ResumeCodes.typed("mau lanjut K7QM-4XPA")).isEmpty();
        assertThat(ResumeCodes.typed("lanjut kerjanya")).as("a word, not a code").isEmpty();
    }
}

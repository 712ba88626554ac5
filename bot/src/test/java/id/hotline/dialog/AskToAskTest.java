package id.hotline.dialog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AskToAskTest {
    /** Normalised as the NLU leaves them: "min" reads "admin", "nanya" stays, "sy" reads "saya". */
    @ParameterizedTest
    @ValueSource(strings = {"admin mau tanya dong", "kakak boleh nanya", "permisi admin izin bertanya", "can i ask a question",
            "halo kakak saya mau tanya sedikit", "admin ada yang mau saya tanya", "saya mau cerita boleh"})
    void asking_whether_one_may_ask(String normalized) {
        assertThat(AskToAsk.only(normalized)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "admin tolong", "saya mau bicara dengan konselor", "admin mau tanya syarat ke taiwan",
            "mau tanya paspor saya ditahan majikan", "admin saya mau tanya tolong saya dipukul"})
    void a_plea_a_request_for_a_person_or_a_question_itself(String normalized) {
        assertThat(AskToAsk.only(normalized)).isFalse();
    }
}

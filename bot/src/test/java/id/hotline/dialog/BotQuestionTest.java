package id.hotline.dialog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BotQuestionTest {
    @Test
    void a_question_what_the_chat_is_is_recognised() {
        for (String q : new String[] {"kamu manusia atau robot", "ini bot ya", "are you a bot", "yang balas ini orang benar",
                "kak kamu ai ya", "is this a real person", "are you a real orang", "kamu manusia beneran"}) {
            assertThat(BotQuestion.asks(q)).as(q).isTrue();
        }
    }

    @Test
    void a_request_for_a_person_or_another_question_is_not() {
        for (String q : new String[] {"ini robot ya saya butuh orang", "mau ngomong sama manusia bukan bot",
                "bisa sambungkan ke manusia", "kamu asli mana", "ini program apa", "robot",
                "majikan saya suka marah kalau robot vacuum rusak kamu tahu cara benerinnya"}) {
            assertThat(BotQuestion.asks(q)).as(q).isFalse();
        }
    }
}

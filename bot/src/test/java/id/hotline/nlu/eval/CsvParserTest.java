package id.hotline.nlu.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvParserTest {
    @Test
    void splits_plain_fields_and_lines() {
        assertThat(CsvParser.parse("a,b\n1,2\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void keeps_commas_line_breaks_and_doubled_quotes_inside_quoted_fields() {
        String csv = "id,text,label\r\n1,\"enak, murah\nbanget \"\"mantap\"\"\",positive\r\n2,biasa,neutral";
        assertThat(CsvParser.parse(csv)).containsExactly(
                List.of("id", "text", "label"),
                List.of("1", "enak, murah\nbanget \"mantap\"", "positive"),
                List.of("2", "biasa", "neutral"));
    }

    @Test
    void keeps_empty_fields_and_ignores_a_byte_order_mark() {
        assertThat(CsvParser.parse("\uFEFFa,,\"\"\n")).containsExactly(List.of("a", "", ""));
    }

    @Test
    void refuses_an_unclosed_quote() {
        assertThatThrownBy(() -> CsvParser.parse("a,\"b\n")).isInstanceOf(IllegalArgumentException.class);
    }
}

package id.hotline.nlu.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelledDataReaderTest {
    @Test
    void reads_json_lines_with_label_or_intent_and_the_escalate_flag() {
        var lines = LabelledDataReader.fromJsonLines("""
                {"text": "halo", "label": "smalltalk.greeting"}

                {"text": "paspor ditahan", "intent": "tip.passport_held", "escalate": true, "source": "x"}
                """, "t.jsonl");
        assertThat(lines).containsExactly(
                new EvalExample("halo", "smalltalk.greeting", null),
                new EvalExample("paspor ditahan", "tip.passport_held", true));
    }

    @Test
    void names_the_line_of_a_broken_json_line() {
        assertThatThrownBy(() -> LabelledDataReader.fromJsonLines("{\"text\":\"a\",\"label\":\"x\"}\n{oops\n", "t.jsonl"))
                .hasMessageContaining("t.jsonl:2");
        assertThatThrownBy(() -> LabelledDataReader.fromJsonLines("{\"text\":\"a\"}", "t.jsonl"))
                .hasMessageContaining("label");
    }

    @Test
    void reads_csv_by_header_names_in_any_column_order() {
        var lines = LabelledDataReader.fromCsv("id,label,text\n1,positive,\"enak, murah\"\n2,negative,\"mahal\nsekali\"\n", "t.csv");
        assertThat(lines).containsExactly(
                new EvalExample("enak, murah", "positive", null),
                new EvalExample("mahal\nsekali", "negative", null));
    }

    @Test
    void refuses_csv_without_text_and_label_columns() {
        assertThatThrownBy(() -> LabelledDataReader.fromCsv("a,b\n1,2\n", "t.csv")).hasMessageContaining("text and label");
    }

    @Test
    void chooses_the_format_by_file_name(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("d.csv"), "text,intent,escalate\nhalo,smalltalk.greeting,false\n");
        Path jsonl = Files.writeString(dir.resolve("d.jsonl"), "{\"text\":\"halo\",\"label\":\"smalltalk.greeting\"}\n");
        assertThat(LabelledDataReader.read(csv)).containsExactly(new EvalExample("halo", "smalltalk.greeting", false));
        assertThat(LabelledDataReader.read(jsonl)).containsExactly(new EvalExample("halo", "smalltalk.greeting", null));
    }
}

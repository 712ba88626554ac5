package id.hotline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.domain.Risk;
import id.hotline.domain.RiskAssessment;
import id.hotline.domain.ScoredIntent;
import id.hotline.nlu.Nlu;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Deterministic stand-in: "paspor" escalates, anything else is a greeting; "boom" fails. */
    private static final Nlu FAKE = text -> {
        if (text.equals("boom")) {
            throw new IllegalStateException("broken");
        }
        boolean held = text.contains("paspor");
        String intent = held ? "tip.passport_held" : "smalltalk.greeting";
        return new Analysis(text, Lang.ID, new Classification(intent, 0.9, List.of(new ScoredIntent(intent, 0.9))),
                held ? new RiskAssessment(Risk.ESCALATE, List.of("passport_held")) : RiskAssessment.NONE);
    };

    private static List<JsonNode> run(String input) throws Exception {
        var out = new ByteArrayOutputStream();
        ClassifyCommand.run(FAKE, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @Test
    void writes_one_result_per_line_in_order() throws Exception {
        List<JsonNode> out = run("{\"text\":\"halo\"}\n{\"text\":\"paspor ditahan\"}\n");
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("intent").asText()).isEqualTo("smalltalk.greeting");
        assertThat(out.get(0).get("risk").asText()).isEqualTo("none");
        assertThat(out.get(1).get("intent").asText()).isEqualTo("tip.passport_held");
        assertThat(out.get(1).get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(out.get(1).get("risk").asText()).isEqualTo("escalate");
        assertThat(out.get(1).get("indicators").get(0).asText()).isEqualTo("passport_held");
    }

    @Test
    void answers_a_bad_line_with_an_error_line_and_carries_on() throws Exception {
        List<JsonNode> out = run("not json\n[1,2]\n{\"txt\":\"x\"}\n\n{\"text\":\"boom\"}\n{\"text\":\"halo\"}\n");
        assertThat(out).hasSize(6);
        assertThat(out.subList(0, 5)).allSatisfy(n -> assertThat(n.has("error")).isTrue());
        assertThat(out.get(0).get("error").asText()).startsWith("line 1:");
        assertThat(out.get(5).get("intent").asText()).isEqualTo("smalltalk.greeting");
    }
}

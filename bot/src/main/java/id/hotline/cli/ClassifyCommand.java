package id.hotline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.hotline.config.Config;
import id.hotline.domain.Analysis;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.nlu.Nlu;
import id.hotline.nlu.NluPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Classifies JSON lines {"text": ...} from stdin, one JSON line out per line in, in order. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify messages: JSON lines {\"text\": ...} on stdin, one JSON line out per line in.",
                "Each answer is {\"intent\", \"confidence\", \"risk\", \"indicators\", \"language\"}, or {\"error\": ...} for a bad line."})
public final class ClassifyCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge base folder (default: HOTLINE_KB or ./knowledge-base)")
    Path kb;

    private final InputStream in;
    private final OutputStream out;

    public ClassifyCommand() {
        this(System.in, System.out);
    }

    ClassifyCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ClassifyCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Path dir = kb != null ? kb : Config.fromEnv().kb();
        try (LogsToStderr ignored = new LogsToStderr()) {
            Nlu nlu = NluPipeline.train(KnowledgeBaseLoader.load(dir));
            run(nlu, in, out);
        }
        return 0;
    }

    /** The loop on its own, so tests can run it with any {@link Nlu}. */
    static void run(Nlu nlu, InputStream in, OutputStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            writer.write(JSON.writeValueAsString(classifyLine(nlu, line, number)));
            writer.write('\n');
            if (!reader.ready()) {
                writer.flush();
            }
        }
        writer.flush();
    }

    static ObjectNode classifyLine(Nlu nlu, String line, int number) {
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return error(number, "not valid JSON");
        }
        if (input == null || !input.isObject()) {
            return error(number, "expected a JSON object {\"text\": ...}");
        }
        if (!input.path("text").isTextual()) {
            return error(number, "\"text\" is missing or not a string");
        }
        try {
            return result(nlu.analyse(input.get("text").asText()));
        } catch (RuntimeException e) {
            return error(number, "could not classify: " + e.getClass().getSimpleName());
        }
    }

    private static ObjectNode result(Analysis a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("intent", a.classification().intent());
        o.put("confidence", Math.round(a.classification().confidence() * 10_000) / 10_000.0);
        o.put("risk", a.risk().risk().wire());
        var indicators = o.putArray("indicators");
        a.risk().indicators().forEach(indicators::add);
        o.put("language", a.language().code());
        return o;
    }

    private static ObjectNode error(int line, String message) {
        return JSON.createObjectNode().put("error", "line " + line + ": " + message);
    }
}

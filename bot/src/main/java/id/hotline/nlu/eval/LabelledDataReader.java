package id.hotline.nlu.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads labelled examples from JSON lines ({"text": ..., "label" or "intent": ..., optional "escalate": bool})
 * or CSV with a header naming the columns text and label (or intent), optionally escalate.
 * A file ending in .csv is CSV; anything else is JSON lines. Problems name the file and line.
 */
public final class LabelledDataReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledDataReader() {
    }

    public static List<EvalExample> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return csv ? fromCsv(text, file.toString()) : fromJsonLines(text, file.toString());
    }

    public static List<EvalExample> fromJsonLines(String content, String source) {
        List<EvalExample> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + ":" + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + ": not valid JSON");
            }
            String label = n.hasNonNull("label") ? n.get("label").asText() : n.path("intent").asText(null);
            if (!n.path("text").isTextual() || label == null || label.isBlank()) {
                throw new IllegalArgumentException(where + ": needs \"text\" and \"label\" (or \"intent\")");
            }
            JsonNode esc = n.get("escalate");
            if (esc != null && !esc.isNull() && !esc.isBoolean()) {
                throw new IllegalArgumentException(where + ": \"escalate\" must be true or false");
            }
            out.add(new EvalExample(n.get("text").asText(), label, esc == null || esc.isNull() ? null : esc.asBoolean()));
        }
        return out;
    }

    public static List<EvalExample> fromCsv(String content, String source) {
        List<List<String>> rows = CsvParser.parse(content);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int text = header.indexOf("text");
        int label = header.contains("label") ? header.indexOf("label") : header.indexOf("intent");
        int escalate = header.indexOf("escalate");
        if (text < 0 || label < 0) {
            throw new IllegalArgumentException(source + ": the CSV header needs columns text and label (or intent)");
        }
        List<EvalExample> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() <= Math.max(text, label)) {
                throw new IllegalArgumentException(source + ": record " + (r + 1) + " has " + row.size() + " fields, the header has " + header.size());
            }
            Boolean esc = escalate >= 0 && escalate < row.size() && !row.get(escalate).isBlank()
                    ? Boolean.parseBoolean(row.get(escalate).strip()) : null;
            out.add(new EvalExample(row.get(text), row.get(label).strip(), esc));
        }
        return out;
    }
}

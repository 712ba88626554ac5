package id.hotline.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.hotline.domain.Lang;
import id.hotline.domain.Risk;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** Reads one YAML file and turns missing or wrong fields into one-line {@link KnowledgeBaseException}s. */
final class YamlNodes {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
    private static final long MAX_FILE_BYTES = 2_000_000;

    final String file;

    private YamlNodes(String file) {
        this.file = file;
    }

    static JsonNode read(Path path, String shownName) {
        YamlNodes f = new YamlNodes(shownName);
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw f.error("(file)", "larger than 2 MB; split it");
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            JsonNode node = YAML.readTree(text);
            if (node == null || !node.isObject()) {
                throw f.error("(file)", "must be a YAML mapping (key: value lines)");
            }
            return node;
        } catch (CharacterCodingException e) {
            throw f.error("(file)", "is not valid UTF-8 text");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "(file)" : "line " + e.getLocation().getLineNr();
            throw f.error(where, "not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw f.error("(file)", "cannot be read: " + e.getMessage());
        }
    }

    static YamlNodes of(String file) {
        return new YamlNodes(file);
    }

    KnowledgeBaseException error(String entry, String problem) {
        return new KnowledgeBaseException(file, entry, problem);
    }

    String text(JsonNode parent, String field, String entry) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw error(entry, "'" + field + "' is missing");
        }
        if (!n.isValueNode() || n.asText().isBlank()) {
            throw error(entry, "'" + field + "' must be a non-empty text");
        }
        return n.asText().strip();
    }

    String optionalText(JsonNode parent, String field, String entry) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isValueNode()) {
            throw error(entry, "'" + field + "' must be a text");
        }
        return n.asText().strip();
    }

    Texts texts(JsonNode parent, String field, String entry, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(entry, "'" + field + "' is missing (needs id: and en:)");
            }
            return null;
        }
        if (n.isValueNode()) {
            return Texts.of(n.asText().strip(), null);
        }
        if (!n.isObject()) {
            throw error(entry, "'" + field + "' must have id: and en: texts");
        }
        var map = new EnumMap<Lang, String>(Lang.class);
        var names = n.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            Lang lang = switch (key) {
                case "id" -> Lang.ID;
                case "en" -> Lang.EN;
                default -> throw error(entry, "'" + field + "' has unknown language '" + key + "' (use id or en)");
            };
            map.put(lang, text(n, key, entry + "." + field));
        }
        if (!map.containsKey(Lang.ID)) {
            throw error(entry, "'" + field + "' needs an Indonesian text (id:)");
        }
        return new Texts(map);
    }

    List<String> strings(JsonNode parent, String field, String entry, boolean required) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw error(entry, "'" + field + "' is missing");
            }
            return List.of();
        }
        if (!n.isArray()) {
            throw error(entry, "'" + field + "' must be a list (lines starting with '- ')");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode item = n.get(i);
            if (!item.isValueNode() || item.asText().isBlank()) {
                throw error(entry, "'" + field + "' item " + (i + 1) + " must be a non-empty text");
            }
            out.add(item.asText().strip());
        }
        return out;
    }

    Risk risk(JsonNode parent, String entry) {
        try {
            return Risk.parse(text(parent, "risk", entry));
        } catch (IllegalArgumentException e) {
            throw error(entry, e.getMessage());
        }
    }

    LocalDate date(JsonNode parent, String field, String entry) {
        String value = text(parent, field, entry);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(entry, "'" + field + "' must be a date like 2026-11-24, was '" + value + "'");
        }
    }
}

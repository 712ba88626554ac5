package id.hotline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.domain.Risk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Reads indicators.yaml: the indicators with their patterns, the shared phrases ({@code {name}} in a pattern) and the
 * general-talk lists. A broken regular expression, an unknown phrase or intent stops the load with one line naming it.
 */
final class IndicatorsFile {
    static final String NAME = "indicators.yaml";
    /** The entry of indicators.yaml that is not an indicator but the words of {@link GeneralTalk}. */
    static final String GENERAL_TALK = "general_talk";
    static final String PHRASES = "phrases";
    /** A phrase reference in a pattern: {@code {visa_purpose}}. Quantifiers ({@code {0,30}}) never match it. */
    private static final String PHRASE_NAME = "[a-z_]+";
    private static final Pattern PHRASE_REF = Pattern.compile("\\{(" + PHRASE_NAME + ")}");

    private IndicatorsFile() {
    }

    /** The indicators of indicators.yaml ({@code root}), whose intents must be among {@code intents}. */
    static List<Indicator> read(JsonNode root, Set<String> intents) {
        YamlNodes f = YamlNodes.of(NAME);
        List<Indicator> out = new ArrayList<>();
        Map<String, String> phrases = phrases(f, root.get(PHRASES));
        GeneralTalk general = root.has(GENERAL_TALK) ? generalTalk(f, root.get(GENERAL_TALK), phrases) : null;
        root.fields().forEachRemaining(e -> {
            String id = e.getKey();
            JsonNode n = e.getValue();
            if (id.equals(GENERAL_TALK) || id.equals(PHRASES)) {
                return;
            }
            String guard = f.optionalText(n, "guard", id);
            if (guard != null && !(guard.equals(GENERAL_TALK) && general != null)) {
                throw f.error(id, "guard must be '" + GENERAL_TALK + "', with a " + GENERAL_TALK + " entry in the file");
            }
            List<String> linked = f.strings(n, "intents", id, false);
            List<String> winsOver = f.strings(n, "wins_over", id, false);
            for (String i : Stream.concat(linked.stream(), winsOver.stream()).toList()) {
                if (!intents.contains(i)) {
                    throw f.error(id, "intent '" + i + "' is not in intents/");
                }
            }
            List<String> patterns = f.strings(n, "patterns", id, false).stream()
                    .map(p -> withPhrases(f, id, p, phrases)).toList();
            requireRegexes(f, id, "pattern", patterns);
            Texts label = Optional.ofNullable(f.texts(n, "label", id, false)).orElse(Texts.of(id, null));
            try {
                Risk raises = n.has("raises") ? Risk.parse(f.text(n, "raises", id)) : null;
                out.add(new Indicator(id, f.risk(n, id), label, linked, patterns, guard == null ? null : general, winsOver,
                        raises, n.path("calms_classifier").asBoolean(false), f.optionalText(n, "says", id)));
            } catch (IllegalArgumentException ex) {
                throw f.error(id, ex.getMessage());
            }
        });
        return out;
    }

    /** The named sub-expressions patterns share, each a valid regular expression. */
    private static Map<String, String> phrases(YamlNodes f, JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            throw f.error(PHRASES, "must be names with a regular expression each (name: '(a|b)')");
        }
        n.fieldNames().forEachRemaining(name -> {
            if (!name.matches(PHRASE_NAME)) {
                throw f.error(PHRASES, "name '" + name + "' must be lower-case letters and _");
            }
            String regex = f.text(n, name, PHRASES);
            requireRegexes(f, PHRASES, "phrase " + name, List.of(regex));
            out.put(name, regex);
        });
        return out;
    }

    /** {@code pattern} with every {@code {name}} replaced by that phrase as a group; an unknown name is refused. */
    private static String withPhrases(YamlNodes f, String entry, String pattern, Map<String, String> phrases) {
        return PHRASE_REF.matcher(pattern).replaceAll(m -> {
            String regex = phrases.get(m.group(1));
            if (regex == null) {
                throw f.error(entry, "pattern uses {" + m.group(1) + "}, which is not under " + PHRASES);
            }
            return Matcher.quoteReplacement("(?:" + regex + ")");
        });
    }

    /** The general_talk lists; their entries may use the shared phrases ({name}) as the patterns do. */
    private static GeneralTalk generalTalk(YamlNodes f, JsonNode n, Map<String, String> phrases) {
        BiFunction<String, Boolean, List<String>> list = (key, required) ->
                f.strings(n, key, GENERAL_TALK, required).stream().map(p -> withPhrases(f, GENERAL_TALK, p, phrases)).toList();
        List<String> markers = list.apply("markers", true);
        List<String> persons = list.apply("persons", true);
        List<String> asking = list.apply("asking", false);
        List<String> leadIns = list.apply("lead_ins", false);
        requireRegexes(f, GENERAL_TALK, "marker", markers);
        requireRegexes(f, GENERAL_TALK, "person word", persons);
        requireRegexes(f, GENERAL_TALK, "asking word", asking);
        requireRegexes(f, GENERAL_TALK, "lead-in", leadIns);
        GeneralTalk.Cues cues = new GeneralTalk.Cues(list.apply("markers_after", false), list.apply("past", false),
                list.apply("over", false), list.apply("questions", false), list.apply("offered", false),
                list.apply("there", false), list.apply("feared", false), list.apply("already", false));
        requireRegexes(f, GENERAL_TALK, "marker after", cues.markersAfter());
        requireRegexes(f, GENERAL_TALK, "past word", cues.past());
        requireRegexes(f, GENERAL_TALK, "over phrase", cues.over());
        requireRegexes(f, GENERAL_TALK, "question word", cues.questions());
        requireRegexes(f, GENERAL_TALK, "offer word", cues.offered());
        requireRegexes(f, GENERAL_TALK, "already-there word", cues.there());
        requireRegexes(f, GENERAL_TALK, "fear phrase", cues.feared());
        requireRegexes(f, GENERAL_TALK, "already-happens word", cues.already());
        try {
            return new GeneralTalk(markers, persons, asking, leadIns, cues);
        } catch (IllegalArgumentException ex) {
            throw f.error(GENERAL_TALK, ex.getMessage());
        }
    }

    /** Refuses, naming the entry and the text, anything in {@code regexes} that is not a valid regular expression. */
    private static void requireRegexes(YamlNodes f, String entry, String what, List<String> regexes) {
        for (String p : regexes) {
            try {
                Pattern.compile(p);
            } catch (PatternSyntaxException ex) {
                throw f.error(entry, what + " '" + p + "' is not a valid regular expression: " + ex.getDescription());
            }
        }
    }
}

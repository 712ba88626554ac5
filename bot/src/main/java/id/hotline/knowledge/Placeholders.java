package id.hotline.knowledge;

import id.hotline.domain.Lang;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {{key}} in content stands for a contact's display text. */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_]+)\\s*}}");
    /** {name}, not part of a {{contact}}: a value the running service fills in (how long data is kept). */
    private static final Pattern VALUE = Pattern.compile("(?<!\\{)\\{([a-z0-9_]+)}(?!})");
    /** The {name}s an answer may use: days before bot-only chats are deleted and closed cases anonymised. */
    public static final Set<String> SERVICE_VALUES = Set.of("bot_only_days", "closed_case_days");

    private Placeholders() {
    }

    public static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    public static Set<String> valueNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VALUE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with each {name} that {@code values} has replaced by its value; others stay as written. */
    public static String fillValues(String text, Map<String, String> values) {
        Matcher m = VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The text with each {{key}} replaced by that contact's display text in the reader's language. */
    public static String fill(String text, Map<String, Contact> contacts, Lang lang) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Contact c = contacts.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(c == null ? m.group() : c.display().get(lang)));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package id.hotline.knowledge;

import id.hotline.domain.Lang;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {{key}} in content stands for a contact's display text; {name} in an answer for a value the service fills in. */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z0-9_]+)\\s*}}");
    /** {name}, not part of a {{contact}}: a value the running service fills in (how long data is kept). */
    private static final Pattern VALUE = Pattern.compile("(?<!\\{)\\{([a-z0-9_]+)}(?!})");
    private static final String BOT_ONLY_DAYS = "bot_only_days";
    private static final String CLOSED_CASE_DAYS = "closed_case_days";
    /** The {name}s an answer may use: days before bot-only chats are deleted and closed cases anonymised. */
    public static final Set<String> SERVICE_VALUES = Set.of(BOT_ONLY_DAYS, CLOSED_CASE_DAYS);

    private Placeholders() {
    }

    /** The values for {@link #SERVICE_VALUES}, from the retention settings. */
    public static Map<String, String> serviceValues(int botOnlyDays, int closedCaseDays) {
        return Map.of(BOT_ONLY_DAYS, String.valueOf(botOnlyDays), CLOSED_CASE_DAYS, String.valueOf(closedCaseDays));
    }

    /** The contact keys a text names with {{key}}. */
    public static Set<String> keys(String text) {
        return names(PLACEHOLDER, text);
    }

    /** The service values a text names with {name}. */
    public static Set<String> valueNames(String text) {
        return names(VALUE, text);
    }

    /** The text with each {name} that {@code values} has replaced by its value; others stay as written. */
    public static String fillValues(String text, Map<String, String> values) {
        return replace(VALUE, text, name -> values.get(name));
    }

    /** The text with each {{key}} replaced by that contact's display text in the reader's language. */
    public static String fill(String text, Map<String, Contact> contacts, Lang lang) {
        return replace(PLACEHOLDER, text, key -> contacts.containsKey(key) ? contacts.get(key).display().get(lang) : null);
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Each match replaced by {@code value} of its name, or left as written when that gives null. */
    private static String replace(Pattern pattern, String text, Function<String, String> value) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = value.apply(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}

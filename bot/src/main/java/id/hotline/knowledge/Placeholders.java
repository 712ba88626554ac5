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

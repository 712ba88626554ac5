package id.hotline.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like personal data in a log line: e-mail addresses, phone numbers, passport or ID-card numbers,
 * Telegram @handles and long numeric ids. A safety net: code logs ids, never message text, in the first place.
 * Names cannot be recognised reliably, which is why message text must never be logged.
 */
public final class PersonalData {
    private record Rule(Pattern pattern, String replacement) {
    }

    /** An ISO date (yyyy-mm-dd) is where a phone number does not start. */
    private static final String NOT_A_DATE = "(?!(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?!\\d))";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}"), "[email]"),
            // phone numbers: +62 812-3456-7890, 0812 3456 7890, (021) 555 1234 ... at least 8 digits in all; not a date
            // like 2025-01-01 (a review date in a kb-lint warning)
            new Rule(Pattern.compile("(?<!\\w|\\d\\.)" + NOT_A_DATE + "(?:\\+|00)?\\(?\\d{2,4}\\)?(?:[ .-]?\\d){6,13}(?!\\w|\\.\\d)"), "[phone]"),
            // passport numbers (one or two letters and 6-8 digits, e.g. A1234567, XB123456)
            new Rule(Pattern.compile("(?<![\\p{L}\\d])[A-Za-z]{1,2}\\d{6,8}(?![\\p{L}\\d])"), "[document]"),
            new Rule(Pattern.compile("(?<![\\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?!\\w)"), "[handle]"));

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(out);
            if (m.find()) {
                out = m.replaceAll(r.replacement());
            }
        }
        return out;
    }
}

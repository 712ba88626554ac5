package id.hotline.nlu;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question after a lead such as "cuma mau tanya" ("majikan saya baik kok, cuma mau tanya hak cuti gimana", "gaji
 * lancar, cm mau tanya cara kirim uang yg murah", "my employer is nice, I just want to know ...") or "btw" after thanks
 * ("thx, btw my mom juga purna PMI, she can apply too?"): what comes before it tells the situation, often to say that
 * nothing is wrong, or thanks, and can outweigh the question for the classifier.
 */
final class AskedAfter {
    /** Over normalised text ("cm" reads "cuma", "pengen" stays, "tau" may read "tahu"). */
    private static final Pattern LEAD = Pattern.compile("(?:\\b(?:mau|ingin|pengen|pingin|cuma|hanya|sekadar|sekedar|just|only)"
            + "(?: \\w+){0,2}? (?:tanya|nanya|bertanya|menanyakan|tahu|tau|ask|know)\\b"
            // a question after thanks or a greeting: "thx, btw my mom juga purna PMI, she can apply too?"
            + "|\\b(?:btw|by the way|oh iya|oiya|oh ya|satu lagi))"
            + "(?: (?:aja|saja|dong|nih|ya|kakak|kak|admin|min|sih|kok|deh|soal|tentang|about|satu lagi))*");
    private static final int MIN_WORDS = 2;

    private AskedAfter() {
    }

    /** The words after the last lead, or an empty list when there is none or fewer than two words follow it. */
    static List<String> question(List<String> words) {
        Matcher m = LEAD.matcher(String.join(" ", words));
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        if (end < 0) {
            return List.of();
        }
        String rest = String.join(" ", words).substring(end).strip();
        List<String> tail = rest.isEmpty() ? List.of() : List.of(rest.split(" "));
        return tail.size() >= MIN_WORDS ? tail : List.of();
    }
}

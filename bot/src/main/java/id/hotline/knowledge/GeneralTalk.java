package id.hotline.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an indicator match is talk about trafficking in general ("apa hukumannya kalau majikan menahan paspor?",
 * "ciri-ciri TPPO, contohnya paspor ditahan") rather than about a real person. Measured from the end of the match's
 * first word: a marker ends at most {@value #MARKER_REACH} characters before it, or a lead-in word stands right
 * before the match ("seperti paspor ditahan"); and no person word ("saya", "adik", "dia", "sekarang") ends at most
 * {@value #PERSON_REACH} characters before it (unless it only introduces a question or a role: "saya mau tanya",
 * "saya guru") or stands among the {@value #WORDS_AFTER} words after it ("menahan paspor saya"). The words come from
 * the {@code general_talk} entry of indicators.yaml; indicators opt in with {@code guard: general_talk}. Immutable
 * and thread-safe.
 */
public final class GeneralTalk {
    static final int MARKER_REACH = 50;
    static final int PERSON_REACH = 60;
    static final int WORDS_AFTER = 3;
    /** Small words that may stand between a person word and an asking word: "saya cuma mau tanya". */
    private static final String FILLERS = "(?:(?:mau|ingin|cuma|hanya|lagi|sedang) ){0,2}";

    private final Pattern markers;
    private final Pattern leadIns;
    private final Pattern personBefore;
    private final Pattern personAfter;

    /**
     * @param markers general-question words (regular expressions): "contoh\w{0,3}", "apakah", "pmi yang"
     * @param persons words that point to a real person or a real time: "saya", "adik", "dia", "sekarang"
     * @param asking  words after a person word that only introduce the asker: "tanya", "guru", "mahasiswa"
     * @param leadIns words that, right before the match, make it an example: "seperti"
     */
    public GeneralTalk(List<String> markers, List<String> persons, List<String> asking, List<String> leadIns) {
        if (markers.isEmpty() || persons.isEmpty()) {
            throw new IllegalArgumentException("general_talk needs markers and persons");
        }
        this.markers = Pattern.compile("\\b(?:" + String.join("|", markers) + ")\\b");
        this.leadIns = leadIns.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", leadIns) + ") $");
        String person = "\\b(?:" + String.join("|", persons) + ")";
        String notAsking = asking.isEmpty() ? "" : "(?! " + FILLERS + "(?:" + String.join("|", asking) + ")\\b)";
        this.personBefore = Pattern.compile(person + notAsking + "\\w{0,3}\\b");
        this.personAfter = Pattern.compile(person + "\\b");
    }

    /** Whether the match starting at {@code start} of the normalised text is general talk. */
    public boolean isGeneral(String text, int start) {
        int space = text.indexOf(' ', start);
        int firstWordEnd = space < 0 ? text.length() : space;
        boolean general = endsWithin(markers, text, firstWordEnd, MARKER_REACH)
                || (leadIns != null && leadIns.matcher(text).region(0, start).find());
        return general && !endsWithin(personBefore, text, firstWordEnd, PERSON_REACH)
                && !personAfter.matcher(text).region(firstWordEnd, wordsAfter(text, firstWordEnd)).find();
    }

    /** Whether a match of the pattern in text[0, at) ends at most {@code reach} characters before {@code at}. */
    private static boolean endsWithin(Pattern p, String text, int at, int reach) {
        Matcher m = p.matcher(text).region(0, at);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() >= at - reach) {
                return true;
            }
        }
        return false;
    }

    private static int wordsAfter(String text, int from) {
        int end = from;
        for (int i = 0; i < WORDS_AFTER && end < text.length(); i++) {
            int next = text.indexOf(' ', end + 1);
            end = next < 0 ? text.length() : next;
        }
        return end;
    }
}

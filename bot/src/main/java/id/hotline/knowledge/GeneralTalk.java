package id.hotline.knowledge;

import java.util.List;
import java.util.regex.Pattern;

/**
 * When an indicator match is talk about trafficking in general ("apa hukuman kalau majikan menahan paspor?",
 * "ciri-ciri TPPO: paspor ditahan ...") rather than about a real person: a general marker stands shortly before the
 * match, and no person word ("saya", "adik", "teman", "dia", "sekarang") stands close before it or within the few
 * words after its first word. From the {@code general_talk} entry of indicators.yaml; indicators opt in with
 * {@code guard: general_talk}. Immutable and thread-safe.
 */
public final class GeneralTalk {
    /** How far before the match a general marker may stand, in characters. */
    private static final int MARKER_REACH = 90;
    /** How far before the match a person word makes it personal again, in characters. */
    private static final int PERSON_REACH = 40;
    /** How many words after the match's first word a person word makes it personal again. */
    private static final int PERSON_WORDS_AFTER = 3;

    private final Pattern markers;
    private final Pattern persons;

    public GeneralTalk(List<String> markers, List<String> persons) {
        if (markers.isEmpty() || persons.isEmpty()) {
            throw new IllegalArgumentException("general_talk needs markers and persons");
        }
        this.markers = Pattern.compile("\\b(?:" + String.join("|", markers) + ")\\b");
        this.persons = Pattern.compile("\\b(?:" + String.join("|", persons) + ")\\b");
    }

    /** Whether the match at [start, end) of the normalised text is general talk. */
    public boolean isGeneral(String text, int start, int end) {
        if (!markers.matcher(text).region(Math.max(0, start - MARKER_REACH), start).find()) {
            return false;
        }
        if (persons.matcher(text).region(Math.max(0, start - PERSON_REACH), start).find()) {
            return false;
        }
        int firstWordEnd = text.indexOf(' ', start);
        if (firstWordEnd < 0) {
            return true;
        }
        int afterEnd = firstWordEnd;
        for (int i = 0; i < PERSON_WORDS_AFTER && afterEnd >= 0 && afterEnd < text.length(); i++) {
            afterEnd = text.indexOf(' ', afterEnd + 1);
        }
        afterEnd = afterEnd < 0 ? text.length() : afterEnd;
        return !persons.matcher(text).region(firstWordEnd, afterEnd).find();
    }
}

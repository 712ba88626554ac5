package id.hotline.dialog;

import java.util.regex.Pattern;

/**
 * A message about a relative or friend ("adik saya dipukul majikan", "anakku ga bisa pulang", "my sister's passport"):
 * a kin or friend word owned by the writer. The topic answers speak to the person it happens to, so the first reply of
 * a case tells the writer how to use them for someone else.
 */
final class SomeoneElse {
    private static final String WHO = "adik|kakak|abang|anak|istri|suami|ibu|bapak|ayah|mama|papa|orang tua|mertua|saudara"
            + "|sepupu|keponakan|paman|bibi|tante|om|nenek|kakek|cucu|menantu|ipar|teman|temen|kawan|sahabat|tetangga|pacar"
            + "|mbak|mas|bojo|mbok|simbok|konco|kanca";
    private static final String WHO_EN = "sister|brother|son|daughter|child|wife|husband|mother|mom|mum|father|dad"
            + "|parents?|cousin|niece|nephew|aunt|uncle|friend|neighbou?r|girlfriend|boyfriend";
    /** Normalised text: "sy"/"aku"/"gw" are already "saya", "my" too ("my sister" reads "saya sister"). */
    private static final Pattern OWNED = Pattern.compile(
            "\\b(?:(?:" + WHO + ")(?:ku\\b| (?:saya|kami|kita|ku)\\b)|(?:saya|our) (?:" + WHO_EN + ")s?\\b)");

    private SomeoneElse() {
    }

    /** Whether the normalised message tells of the writer's relative or friend. */
    static boolean told(String normalized) {
        return normalized != null && OWNED.matcher(normalized).find();
    }
}

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

    /**
     * A kin word typed as a form of address and set off by punctuation ("kak, saya di malaysia", "Pak! sy dipukul"),
     * at the start or after a greeting: normalised, the comma is gone and "kakak saya" would read as the writer's sister.
     */
    private static final Pattern ADDRESS = Pattern.compile("^\\W*(?:(?:halo|hallo|hai|hi|hello|permisi|maaf|mohon maaf"
            + "|assalamualaikum|assalamu'alaikum|selamat (?:pagi|siang|sore|malam))\\W+)?"
            + "(?:(kak|kakak|ka|sis|pak|bapak|bu|ibu|bun|bunda|mbak|mba|mas|dek|adik|bang|abang|om|tante)\\s*[,.!:;?]"
            // a short form of address needs no comma before the writer: "mbak aku neng taiwan", "kak sy dipukul"
            + "|(kak|ka|sis|pak|bu|bun|mbak|mba|mas|dek|bang|min)\\s+(?=(?:aku|saya|sy|sya|aq|gue|gw|i|im)\\b))",
            Pattern.CASE_INSENSITIVE);
    /**
     * A relative named only as at home or not knowing ("anak saya di kampung sakit", "ibu saya belum tau", "my mother
     * doesn't know"): told of in passing, not the one the message is about.
     */
    private static final Pattern AT_HOME = Pattern.compile(" (?:(?:sedang|lagi|masih|yang) )?(?:di (?:kampung|desa|indonesia"
            + "|indo|jawa|rumah(?! (?:majikan|bos|agen|sponsor|orang|penampungan|tauke|nyonya|tuan|sakit)))"
            + "|(?:belum|tidak|tak) (?:tahu|tau)|at home|does not know|doesn t know|do not know|don t know|doesnt know|dont know)\\b");
    private SomeoneElse() {
    }

    /**
     * Whether the message tells of the writer's relative or friend, reading a kin word typed as a form of address
     * ({@code raw}: the message as typed) as no relative. {@code slang}: the word the normaliser left for it
     * (slang.yaml: "kak" reads "kakak").
     */
    static boolean told(String normalized, String raw, java.util.Map<String, String> slang) {
        if (normalized == null) {
            return false;
        }
        java.util.regex.Matcher address = raw == null ? null : ADDRESS.matcher(raw);
        if (address != null && address.find()) {
            String word = (address.group(1) != null ? address.group(1) : address.group(2)).toLowerCase(java.util.Locale.ROOT);
            String standard = slang.getOrDefault(word, word);
            normalized = normalized.replaceFirst("\\b" + Pattern.quote(standard) + "\\b ?", "");
        }
        return told(normalized);
    }

    /** Whether the normalised message tells of the writer's relative or friend (one not only named as at home). */
    static boolean told(String normalized) {
        if (normalized == null) {
            return false;
        }
        java.util.regex.Matcher owned = OWNED.matcher(normalized);
        java.util.regex.Matcher atHome = AT_HOME.matcher(normalized);
        while (owned.find()) {
            if (!atHome.region(owned.end(), normalized.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }
}

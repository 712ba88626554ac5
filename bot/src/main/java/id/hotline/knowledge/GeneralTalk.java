package id.hotline.knowledge;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an indicator match is talk about trafficking in general, or a past that is over, rather than a case now.
 * <p>General talk ("apa hukumannya kalau majikan menahan paspor?",
 * "ciri-ciri TPPO, contohnya paspor ditahan") rather than about a real person. Measured from the end of the match's
 * first word: a marker ends at most {@value #MARKER_REACH} characters before it, or a lead-in word stands right
 * before the match ("seperti paspor ditahan"), or a marker for after the match starts at most {@value #AFTER_REACH}
 * characters after it ("paspor ditahan majikan itu termasuk TPPO?"); and no person word ("saya", "adik", "dia",
 * "sekarang") ends at most {@value #PERSON_REACH} characters before it (unless it only introduces a question or a
 * role: "saya mau tanya", "saya guru") or stands among the {@value #WORDS_AFTER} words after it ("menahan paspor
 * saya"). The words come from the {@code general_talk} entry of indicators.yaml; indicators opt in with
 * {@code guard: general_talk}.
 * <p>A past that is over ("dulu pernah tidak digaji, sekarang sudah pulang"): a past-time word ends at most
 * {@value #MARKER_REACH} characters before the match's first word and a phrase saying it is over stands anywhere
 * from that word on (a phrase in both lists, "sudah diselamatkan", is over by itself), or before it when no word
 * saying it still goes on (the {@code already} list: "masih", "sampai sekarang") follows the past word ("sudah
 * pulang dari kamboja, dulu dipaksa kerja scam"). Without the second part ("dulu paspor saya ditahan, sampai
 * sekarang belum dikembalikan") the match stays real.
 * <p>A fear of what may happen ({@link #isFeared}: "PT ini resmi? takutnya nanti paspor ditahan", "biar gaji tidak
 * dipotong"): a fear or prevention phrase ends at most {@value #FEARED_REACH} characters before the match, whoever it
 * is about, and no word among the {@value #WORDS_AFTER} after the match's first word says it already happens ("takut
 * nanti dipukul lagi").
 * <p>A job offer or plan not yet taken ({@link #isOfferNotTaken}): an offer word and no word saying the person is
 * already in it. Immutable and thread-safe.
 */
public final class GeneralTalk {
    static final int MARKER_REACH = 50;
    static final int PERSON_REACH = 60;
    static final int WORDS_AFTER = 3;
    static final int AFTER_REACH = 60;
    static final int FEARED_REACH = 20;
    /** Small words that may stand between a person word and an asking word: "saya cuma mau tanya". */
    private static final String FILLERS = "(?:(?:mau|ingin|cuma|hanya|lagi|sedang) ){0,2}";

    private final Pattern markers;
    private final Pattern leadIns;
    private final Pattern leadInAnywhere;
    private final Pattern personBefore;
    private final Pattern personAfter;
    private final Pattern markersAfter;
    private final Pattern past;
    private final Pattern questions;
    private final Pattern over;
    private final Pattern offered;
    private final Pattern there;
    private final Pattern feared;
    private final Pattern already;

    /**
     * @param markers general-question words (regular expressions): "contoh\w{0,3}", "apakah", "pmi yang"
     * @param persons words that point to a real person or a real time: "saya", "adik", "dia", "sekarang"
     * @param asking  words after a person word that only introduce the asker: "tanya", "guru", "mahasiswa"
     * @param leadIns words that, right before the match, make it an example: "seperti"
     */
    public GeneralTalk(List<String> markers, List<String> persons, List<String> asking, List<String> leadIns) {
        this(markers, persons, asking, leadIns, Cues.NONE);
    }

    /**
     * @param cues markers after the match ("termasuk tppo"), past-time words ("dulu"), phrases saying the past is over
     *             ("sudah pulang"), question words ("apa"), offer and already-there words, fear phrases ("takut nanti")
     *             and words saying it already happens ("lagi"); an empty list switches its check off
     */
    public GeneralTalk(List<String> markers, List<String> persons, List<String> asking, List<String> leadIns,
                       Cues cues) {
        if (markers.isEmpty() || persons.isEmpty()) {
            throw new IllegalArgumentException("general_talk needs markers and persons");
        }
        // an offer check without "already there" words would lower every message with an offer word, and a fear check
        // without "already happens" words would lower "takut nanti dipukul lagi"
        requireBothOrNeither(cues.offered(), cues.there(), "offered and there");
        requireBothOrNeither(cues.feared(), cues.already(), "feared and already");
        this.markers = anyOf(markers);
        this.leadIns = leadIns.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", leadIns) + ") $");
        this.leadInAnywhere = anyOf(leadIns);
        String person = "\\b(?:" + String.join("|", persons) + ")";
        String notAsking = asking.isEmpty() ? "" : "(?! " + FILLERS + "(?:" + String.join("|", asking) + ")\\b)";
        this.personBefore = Pattern.compile(person + notAsking + "\\w{0,3}\\b");
        this.personAfter = Pattern.compile(person + "\\b");
        this.markersAfter = anyOf(cues.markersAfter());
        this.past = anyOf(cues.past());
        this.questions = anyOf(cues.questions());
        this.over = anyOf(cues.over());
        this.offered = anyOf(cues.offered());
        this.there = anyOf(cues.there());
        this.feared = anyOf(cues.feared());
        this.already = anyOf(cues.already());
    }

    private static void requireBothOrNeither(List<String> a, List<String> b, String names) {
        if (a.isEmpty() != b.isEmpty()) {
            throw new IllegalArgumentException("general_talk needs both " + names + ", or neither");
        }
    }

    /** Any of the words (regular expressions) as whole words; null for none. */
    private static Pattern anyOf(List<String> words) {
        return words.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b");
    }

    /** Whether the match starting at {@code start} of the normalised text is general talk. */
    public boolean isGeneral(String text, int start) {
        int firstWordEnd = firstWordEnd(text, start);
        if (pastAndOver(text, firstWordEnd, MARKER_REACH)) {
            return true;
        }
        boolean general = endsWithin(markers, text, firstWordEnd, MARKER_REACH)
                || (leadIns != null && leadIns.matcher(text).region(0, start).find())
                || (markersAfter != null && markersAfter.matcher(text)
                        .region(firstWordEnd, Math.min(text.length(), firstWordEnd + AFTER_REACH)).find());
        return general && !endsWithin(personBefore, text, firstWordEnd, PERSON_REACH)
                && !personAfter.matcher(text).region(firstWordEnd, wordsAfter(text, firstWordEnd)).find();
    }

    /**
     * Whether the whole message is general talk or a past that is over: a marker anywhere (before-markers,
     * after-markers or lead-ins), a question word, and no person word anywhere; or a past-time word followed by a
     * phrase saying it is over. Used when only the classifier, not a pattern, points at exploitation.
     */
    public boolean isGeneral(String text) {
        if (pastAndOver(text, text.length(), text.length())) {
            return true;
        }
        boolean marker = markers.matcher(text).find()
                || (leadInAnywhere != null && leadInAnywhere.matcher(text).find())
                || (markersAfter != null && markersAfter.matcher(text).find());
        return marker && questions != null && questions.matcher(text).find() && !personBefore.matcher(text).find();
    }

    /**
     * Whether the whole message is an offer or plan not yet taken ("ditawari kerja di kamboja, aman ga?") with nothing
     * saying the person is already in it ("sekarang", "sudah di sana", "tidak boleh pulang"). Used when only the
     * classifier points at exploitation; never for danger.
     */
    public boolean isOfferNotTaken(String text) {
        return offered != null && there != null && offered.matcher(text).find() && !there.matcher(text).find();
    }

    /**
     * Whether the match starting at {@code start} is a fear of what may happen, not a case now. Not for danger: "takut
     * nanti kabur dari rumah majikan" may come from someone about to flee.
     */
    public boolean isFeared(String text, int start) {
        if (feared == null || !endsWithin(feared, text, start, FEARED_REACH)) {
            return false;
        }
        int firstWordEnd = firstWordEnd(text, start);
        return !already.matcher(text).region(firstWordEnd, wordsAfter(text, firstWordEnd)).find();
    }

    private boolean pastAndOver(String text, int firstWordEnd, int reach) {
        if (past == null || over == null) {
            return false;
        }
        Matcher m = past.matcher(text).region(0, firstWordEnd);
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.end() >= firstWordEnd - reach) {
                return over.matcher(text).region(m.start(), text.length()).find() || overBefore(text, m.start());
            }
        }
        return false;
    }

    /**
     * The over phrase told first ("sudah pulang dari kamboja, dulu dipaksa kerja scam"), when nothing from the past
     * word on says it still goes on ("..., dulu paspor ditahan, sampai sekarang masih di agen").
     */
    private boolean overBefore(String text, int pastStart) {
        return already != null && over.matcher(text).region(0, pastStart).find()
                && !already.matcher(text).region(pastStart, text.length()).find();
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

    private static int firstWordEnd(String text, int start) {
        int space = text.indexOf(' ', start);
        return space < 0 ? text.length() : space;
    }

    private static int wordsAfter(String text, int from) {
        int end = from;
        for (int i = 0; i < WORDS_AFTER && end < text.length(); i++) {
            int next = text.indexOf(' ', end + 1);
            end = next < 0 ? text.length() : next;
        }
        return end;
    }

    /**
     * The optional lists: markers after a match, past-time words, phrases saying the past is over, question words,
     * words of an offer or plan not yet taken, words saying someone is already in the situation, phrases of a fear of
     * what may happen, and words saying it already happens.
     */
    public record Cues(List<String> markersAfter, List<String> past, List<String> over, List<String> questions,
                       List<String> offered, List<String> there, List<String> feared, List<String> already) {
        /** No optional list: every optional check off. */
        public static final Cues NONE = new Cues(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());

        public Cues {
            markersAfter = List.copyOf(markersAfter);
            past = List.copyOf(past);
            over = List.copyOf(over);
            questions = List.copyOf(questions);
            offered = List.copyOf(offered);
            there = List.copyOf(there);
            feared = List.copyOf(feared);
            already = List.copyOf(already);
        }
    }
}

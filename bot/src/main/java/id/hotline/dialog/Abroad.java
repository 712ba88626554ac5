package id.hotline.dialog;

import java.util.regex.Pattern;

/**
 * A message saying the writer is abroad now ("saya di malaysia, paspor ditahan", "aku lagi di kamboja", "I am in
 * Dubai", "kerja di kebun sawit malaysia", "on a squid boat"): the first reply of a case then lists the help lines that
 * work from abroad first (the Kemlu hotline, the
 * KP2MI number from abroad) and those for callers in Indonesia (110) last. Only the order changes, so a wrong reading
 * costs little; a plan ("mau kerja di taiwan") or a past ("dulu di saudi") is no stay abroad now, unless the writer
 * stands right before the place ("saya mau pulang, saya di malaysia").
 */
final class Abroad {
    private static final String PLACES = "malaysia|malay|sabah|sarawak|kuala lumpur|kota kinabalu|johor|penang|selangor"
            + "|kuching|miri|bintulu|sibu|tawau|sandakan|labuan|ipoh|melaka|malacca"
            + "|negeri jiran|singapura|singapore|brunei|hong kong|hongkong|hk|makau|macau|macao|taiwan|taipei|taichung"
            + "|kaohsiung|korea|korea selatan|jepang|japan|saudi|arab|arab saudi|saudi arabia|riyadh|jeddah|jedah|mekah"
            + "|mekkah|makkah|madinah|dubai|abu dhabi|uea|uae|qatar|doha|kuwait|oman|bahrain|yordania|jordan|turki|turkey"
            + "|kamboja|cambodia|phnom penh|sihanoukville|myanmar|myawaddy|laos|thailand|bangkok|filipina|philippines"
            + "|manila|vietnam|china|tiongkok|shenzhen|guangzhou|polandia|poland|eropa|europe|australia|luar negeri"
            + "|overseas|kapal ikan|kapal|tengah laut|laut lepas"
            + "|kalau"; // "di kl" (Kuala Lumpur): slang.yaml reads kl as "kalau", and "di kalau" says nothing else
    /** Normalised text: "sy"/"aku" read "saya", "skrg" "sekarang", "lg" "lagi"; "di negara malaysia" counts too. */
    private static final Pattern THERE = Pattern.compile("\\b(?:di|in|at)(?: negara| negeri| \\w+(?: \\w+)?)? (?:" + PLACES
            + ")\\b|\\babroad\\b|\\bat sea\\b|\\bon (?:a|the) (?:\\w+ )?(?:boat|ship|vessel)\\b");
    /** A past right before the place: the writer is no longer there ("dulu di saudi", "waktu di hong kong"). */
    private static final Pattern PAST = Pattern.compile("\\b(?:dulu|dahulu|pernah|waktu|tahun lalu|bulan lalu|mantan|bekas"
            + "|purna|dipulangkan|used|was|were|ago)\\b");
    /** A plan or an offer before the place: the writer is not there yet ("mau kerja di taiwan", "ditawari kerja di"). */
    private static final Pattern PLAN = Pattern.compile("\\b(?:mau|ingin|pengen|akan|rencana|berencana|calon|nanti"
            + "|daftar|mendaftar|berangkat|ditawari|ditawarkan|ditawarin|tawaran|lowongan|loker|want|going|will|plan"
            + "|planning|offered|offer)\\b");
    /** The writer right before the place, so no plan word earlier counts: "saya mau pulang, saya (lagi) di malaysia". */
    private static final Pattern SELF = Pattern.compile("\\b(?:saya|kami|we)(?: (?:am|is|are|m|sekarang|lagi|masih|sedang"
            + "|kerja|bekerja|tinggal|tkw|tki|pmi|prt|art|abk|now|still|working|work|stuck|terjebak|disekap|dikurung"
            + "|ditahan))* $");
    private static final int PAST_REACH = 30;
    private static final int PLAN_REACH = 40;

    private Abroad() {
    }

    /**
     * Whether the writer says they themself are abroad now: abroad, and not a message about a relative or friend
     * (someone telling of a sister in Malaysia is likely at home). {@code raw}: the message as typed; {@code slang}: the
     * knowledge base's slang.yaml.
     */
    static boolean writerAbroad(String normalized, String raw, java.util.Map<String, String> slang) {
        return told(normalized) && !SomeoneElse.told(normalized, raw, slang);
    }

    /** Whether the normalised message says someone is abroad now. */
    static boolean told(String normalized) {
        if (normalized == null) {
            return false;
        }
        var m = THERE.matcher(normalized);
        while (m.find()) {
            if (before(PAST, normalized, m.start(), PAST_REACH)) {
                continue;
            }
            boolean self = SELF.matcher(normalized).region(Math.max(0, m.start() - PLAN_REACH), m.start()).find();
            if (self || !before(PLAN, normalized, m.start(), PLAN_REACH)) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(Pattern p, String text, int at, int reach) {
        return p.matcher(text).region(Math.max(0, at - reach), at).find();
    }
}

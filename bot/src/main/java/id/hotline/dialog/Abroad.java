package id.hotline.dialog;

import java.util.regex.Pattern;

/**
 * A message saying the writer is abroad now ("saya di malaysia, paspor ditahan", "aku lagi di kamboja", "I am in
 * Dubai"): the first reply of a case then lists the help lines that work from abroad first (the Kemlu hotline, the
 * KP2MI number from abroad) and those for callers in Indonesia (110) last. Only the order changes, so a wrong reading
 * costs little; a plan ("mau kerja di taiwan") or a past ("dulu di saudi") is no stay abroad now.
 */
final class Abroad {
    private static final String PLACES = "malaysia|sabah|sarawak|kuala lumpur|johor|penang|selangor|singapura|singapore"
            + "|brunei|hong kong|hongkong|taiwan|taipei|taichung|kaohsiung|korea|korea selatan|jepang|japan|saudi"
            + "|arab saudi|saudi arabia|riyadh|jeddah|jedah|mekah|mekkah|makkah|madinah|dubai|abu dhabi|uea|uae|qatar"
            + "|doha|kuwait|oman|bahrain|yordania|jordan|turki|turkey|kamboja|cambodia|phnom penh|sihanoukville"
            + "|myanmar|laos|thailand|bangkok|filipina|philippines|manila|vietnam|china|tiongkok|polandia|poland"
            + "|eropa|europe|australia|luar negeri|overseas";
    /** Normalised text: "sy"/"aku" read "saya", "skrg" "sekarang", "lg" "lagi". */
    private static final Pattern THERE = Pattern.compile("\\b(?:di|in|at) (?:" + PLACES + ")\\b|\\babroad\\b");
    /** A plan, an offer or a past before the place: the writer is not (or no longer) there. */
    private static final Pattern NOT_NOW = Pattern.compile("\\b(?:mau|ingin|pengen|akan|rencana|berencana|calon|nanti"
            + "|daftar|mendaftar|berangkat|ditawari|ditawarkan|ditawarin|tawaran|lowongan|loker|dulu|pernah|waktu"
            + "|tahun lalu|dipulangkan|pulang|mantan|bekas|purna|want|going|will|plan|planning|offered|offer|used|was"
            + "|before|ago)\\b");
    private static final int NOT_NOW_REACH = 40;

    private Abroad() {
    }

    /** Whether the normalised message says its writer is abroad now. */
    static boolean told(String normalized) {
        if (normalized == null) {
            return false;
        }
        var m = THERE.matcher(normalized);
        while (m.find()) {
            var before = NOT_NOW.matcher(normalized).region(Math.max(0, m.start() - NOT_NOW_REACH), m.start());
            if (!before.find()) {
                return true;
            }
        }
        return false;
    }
}

package id.hotline.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Taking back a counselor request in words ("ga jadi deh, batal aja", "cancel", "tidak jadi kak"): a short message of
 * cancelling words only, so "tidak jadi berangkat, uang saya ditahan agen" is read as what it says.
 */
final class Withdrawal {
    private static final Set<String> CANCEL = Set.of("batal", "batalkan", "dibatalkan", "cancel");
    private static final Set<String> ALONG = Set.of("tidak", "ga", "gak", "nggak", "ngga", "enggak", "gk", "deh", "saja", "dulu", "ya", "kak", "min", "mbak", "mas",
            "please", "permintaan", "konselor", "nya", "aku", "saya", "sudah", "ok", "oke", "mind", "never", "i", "it",
            "the", "request", "sih", "lah", "aja", "kok", "nanti", "jadi", "kakak", "tadi", "salah", "pencet", "kepencet",
            "tekan", "ketik", "klik", "maaf", "sorry", "admin", "td", "wrong", "button", "pressed", "oops", "tombol");
    /** "tidak jadi" as chat spells it before the normaliser ("ga jadi"), and "never mind". */
    private static final Pattern NOT_AFTER_ALL = Pattern.compile("\\b((tidak|ga|gak|nggak|ngga|enggak|gk) jadi|never mind)\\b");
    private static final int MAX_WORDS = 7;

    private Withdrawal() {
    }

    /** Whether the normalised message only takes something back. */
    static boolean asked(String normalized) {
        List<String> words = Arrays.asList(normalized.strip().split(" "));
        boolean cancels = words.stream().anyMatch(CANCEL::contains) || NOT_AFTER_ALL.matcher(normalized).find();
        return cancels && words.size() <= MAX_WORDS && words.stream().allMatch(w -> CANCEL.contains(w) || ALONG.contains(w));
    }
}

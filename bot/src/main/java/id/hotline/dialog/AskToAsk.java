package id.hotline.dialog;

import java.util.Arrays;
import java.util.Set;

/**
 * Asking whether one may ask or tell ("min mau tanya dong", "kak boleh nanya?", "sy mau cerita boleh", "can I ask a
 * question"): an opener, answered with an invitation to go on (and a counselor button), not a topic guess or a request
 * for a person. "admin" (typed "min") is how people address a page; alone, or with "tolong", it still asks for one.
 */
final class AskToAsk {
    private static final Set<String> ASK = Set.of("tanya", "nanya", "bertanya", "menanyakan", "ask", "question", "pertanyaan",
            "cerita", "bercerita", "curhat", "menceritakan", "tell", "talk");
    private static final Set<String> ALONG = Set.of("admin", "min", "kakak", "kak", "mbak", "mba", "mas", "bapak", "ibu",
            "bang", "abang", "sis", "gan", "mau", "ingin", "pengen", "boleh", "bisa", "izin", "permisi", "dong", "ya", "nih",
            "sih", "deh", "saya", "aku", "sedikit", "dikit", "halo", "hai", "hi", "hello", "selamat", "pagi", "siang", "sore",
            "malam", "assalamualaikum", "numpang", "mohon", "maaf", "ada", "yang", "i", "to", "can", "a", "have",
            "may", "would", "like", "sesuatu", "something", "info", "informasi", "please", "one", "beberapa", "ga", "tidak",
            "gak", "kah", "nya", "punten", "nuwun", "sewu", "kulo", "badhe", "takon");
    private static final int MAX_WORDS = 8;

    private AskToAsk() {
    }

    /** Whether the normalised message only asks whether the person may ask something. */
    static boolean only(String normalized) {
        String[] words = normalized.strip().split(" ");
        return words.length <= MAX_WORDS && Arrays.stream(words).anyMatch(ASK::contains)
                && Arrays.stream(words).allMatch(w -> ASK.contains(w) || ALONG.contains(w));
    }
}

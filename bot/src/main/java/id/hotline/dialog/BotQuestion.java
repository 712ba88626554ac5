package id.hotline.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question whether the chat is a machine or a person ("kamu manusia atau robot?", "ini bot ya", "are you a bot?"),
 * asked without asking for a person: the honest answer (a computer program, counselors are people) with a counselor
 * button, not a case. "ini robot ya? saya butuh orang" asks for a person and is a counselor request as before.
 */
final class BotQuestion {
    /** Words that name what the chat may be. */
    private static final Set<String> WHAT = Set.of("robot", "bot", "chatbot", "mesin", "manusia", "ai", "human",
            "machine", "otomatis", "automatic");
    /** "orang beneran", "real person" (normalised: "real orang"): a person, said so that it asks what the chat is. */
    private static final Pattern REAL_PERSON = Pattern.compile(
            "\\b(orang (beneran|benar|asli|sungguhan)|real (person|human|orang|manusia))\\b");
    /** Words that point at the chat itself: "kamu", "ini", "yang balas". */
    private static final Set<String> WHO = Set.of("kamu", "anda", "ini", "balas", "jawab", "admin", "kak", "kakak", "mbak",
            "mas", "you", "this", "siapa", "who");
    /** Words that ask for a person or a service, which make the message a request. */
    private static final Set<String> ASKS_FOR = Set.of("mau", "ingin", "pengen", "minta", "butuh", "perlu", "tolong",
            "sambung", "sambungkan", "sambungin", "hubungkan", "hubungin", "bicara", "ngomong", "ngobrol", "curhat",
            "konselor", "petugas", "cs", "operator", "want", "need", "talk", "speak", "connect", "counselor", "bisa", "can",
            "please", "aja", "saja");
    /** A question this long is about something else too. */
    private static final int MAX_WORDS = 8;

    private BotQuestion() {
    }

    /** Whether the normalised message only asks whether the chat is a bot or a person. */
    static boolean asks(String normalized) {
        List<String> words = Arrays.asList(normalized.strip().split(" "));
        if (words.size() > MAX_WORDS || words.stream().anyMatch(ASKS_FOR::contains)) {
            return false;
        }
        boolean what = words.stream().anyMatch(WHAT::contains) || REAL_PERSON.matcher(normalized).find();
        return what && words.stream().anyMatch(WHO::contains);
    }
}

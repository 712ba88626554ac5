package id.hotline.channel.web;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short code that brings a web chat back after a quick exit ("/lanjut K7QM-4XPA"). Quick exit makes the page forget
 * its session, so that nothing on the phone shows the chat was used; with the code the person can read the counselor's
 * replies later, on any browser. Eight characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L),
 * with a digit, about 39 bits: with three tries a minute per address, guessing someone's code takes longer than any
 * case lives. Retention clears a code with the conversation's other links to the person.
 */
final class ResumeCodes {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern HAS_DIGIT = Pattern.compile("[0-9]");
    /** "/lanjut K7QM-4XPA", "lanjut k7qm4xpa", "/continue K7QM-4XPA" */
    private static final Pattern TYPED = Pattern.compile("(?i)^/?(?:lanjut|continue)\\s+([a-z0-9]{4})[\\s-]?([a-z0-9]{4})$");

    private ResumeCodes() {
    }

    /** A new code; it has a digit, so that no word typed after "lanjut" ("lanjut kerjanya") reads as one. */
    static String newCode() {
        while (true) {
            StringBuilder sb = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (HAS_DIGIT.matcher(sb).find()) {
                return sb.toString();
            }
        }
    }

    /** "K7QM-4XPA": as the person reads and types it. */
    static String shown(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** The code in a typed "/lanjut" message, as stored (upper case, no dash); empty when the message is no such command. */
    static Optional<String> typed(String text) {
        Matcher m = TYPED.matcher(text.strip());
        if (!m.matches() || !HAS_DIGIT.matcher(m.group(1) + m.group(2)).find()) {
            return Optional.empty();
        }
        return Optional.of((m.group(1) + m.group(2)).toUpperCase(Locale.ROOT));
    }
}

package id.hotline.channel.telegram;

import java.util.ArrayList;
import java.util.List;

/** Our plain reply text (paragraphs, "- " list lines) as Telegram HTML, in parts Telegram accepts. */
public final class TelegramText {
    /** Telegram's limit for one message, in characters after entity parsing. */
    public static final int MAX_MESSAGE = 4096;

    private TelegramText() {
    }

    /** Escapes the three characters Telegram's HTML parser needs escaped and turns "- " list lines into bullets. */
    public static String html(String plain) {
        StringBuilder sb = new StringBuilder(plain.length() + 16);
        String[] lines = plain.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            if (n > 0) {
                sb.append('\n');
            }
            String l = lines[n].startsWith("- ") ? "\u2022 " + lines[n].substring(2) : lines[n];
            for (int i = 0; i < l.length(); i++) {
                char ch = l.charAt(i);
                switch (ch) {
                    case '&' -> sb.append("&amp;");
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    default -> sb.append(ch);
                }
            }
        }
        return sb.toString();
    }

    /**
     * Splits a text longer than max characters: at a paragraph break if one is in the second half of the window,
     * else at a line break, else after a sentence, else at a space; never inside a surrogate pair.
     */
    public static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int cutPoint(String s, int max) {
        String window = s.substring(0, max);
        int floor = max / 2;
        int at = window.lastIndexOf("\n\n");
        if (at < floor) {
            at = window.lastIndexOf('\n');
        }
        if (at < floor) {
            at = lastSentenceEnd(window);
        }
        if (at < floor) {
            at = window.lastIndexOf(' ');
        }
        if (at < floor) {
            at = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        }
        return at;
    }

    private static int lastSentenceEnd(String window) {
        for (int i = window.length() - 2; i > 0; i--) {
            char c = window.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(window.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }
}

package id.hotline.nlu;

import id.hotline.domain.Lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which language a message is written in, and whether its words settle it. English when a message is clearly
 * English: at least two words from the English word list, more than twice as many as Indonesian words, and at least
 * 40% of all words; or every word is on the English list ("hello", "thanks"). Indonesian is clear the same way from
 * the Indonesian list, with more Indonesian words than English ones. Anything else (mixed, a programme's Indonesian
 * name in an English sentence, unknown words, emoji) is unsure: it reads as Indonesian, and the conversation keeps
 * the language it already has.
 */
public final class LanguageGuesser {
    private final Set<String> english;
    private final Set<String> indonesian;

    /** A message's language, and whether its words settle it ({@code clear}) or leave it open. */
    public record Guess(Lang lang, boolean clear) {
    }

    public LanguageGuesser(Set<String> english, Set<String> indonesian) {
        this.english = Set.copyOf(english);
        this.indonesian = Set.copyOf(indonesian);
    }

    /** The word lists shipped in the jar (id/hotline/nlu/english-words.txt, indonesian-words.txt). */
    public static LanguageGuesser fromResources() {
        return new LanguageGuesser(read("english-words.txt"), read("indonesian-words.txt"));
    }

    public Guess read(NormalizedText text) {
        List<String> words = text.rawWords();
        int en = count(words, english);
        int id = count(words, indonesian);
        int all = words.size();
        boolean clearlyEnglish = en > 2 * id && ((en >= 2 && en >= 0.4 * all) || (all > 0 && en == all));
        if (clearlyEnglish) {
            return new Guess(Lang.EN, true);
        }
        boolean clearlyIndonesian = id > en && ((id >= 2 && id >= 0.4 * all) || (all > 0 && id == all));
        return new Guess(Lang.ID, clearlyIndonesian);
    }

    private static int count(List<String> words, Set<String> list) {
        int n = 0;
        for (String w : words) {
            if (list.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> read(String name) {
        try (InputStream in = LanguageGuesser.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#"))
                    .forEach(line -> words.addAll(java.util.Arrays.asList(line.trim().split("\\s+"))));
            words.remove("");
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.hotline.nlu;

import id.hotline.domain.Lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Indonesian unless a message is clearly English: at least two words from the English word list, more than
 * twice as many as Indonesian words, and at least 40% of all words. Short, mixed or unknown text stays Indonesian.
 */
public final class LanguageGuesser {
    private final Set<String> english;
    private final Set<String> indonesian;

    public LanguageGuesser(Set<String> english, Set<String> indonesian) {
        this.english = Set.copyOf(english);
        this.indonesian = Set.copyOf(indonesian);
    }

    /** The word lists shipped in the jar (id/hotline/nlu/english-words.txt, indonesian-words.txt). */
    public static LanguageGuesser fromResources() {
        return new LanguageGuesser(read("english-words.txt"), read("indonesian-words.txt"));
    }

    public Lang guess(NormalizedText text) {
        int en = 0;
        for (String w : text.rawWords()) {
            if (english.contains(w)) {
                en++;
            }
        }
        int id = 0;
        for (String w : text.rawWords()) {
            if (indonesian.contains(w)) {
                id++;
            }
        }
        boolean clearlyEnglish = en >= 2 && en > 2 * id && en >= 0.4 * text.rawWords().size();
        return clearlyEnglish ? Lang.EN : Lang.ID;
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

package id.hotline.nlu;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenNLP's Snowball Indonesian stemmer ("dipukul" -> "pukul", "gajinya" -> "gaji") made safe to share:
 * SnowballStemmer keeps state while it works, so each thread gets its own, and stems are cached.
 */
public final class IndonesianStemmer {
    private static final int CACHE_LIMIT = 100_000;

    private final ThreadLocal<SnowballStemmer> stemmers =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.INDONESIAN));
    private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

    public String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = stemmers.get().stem(word).toString();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, stem);
        }
        return stem;
    }
}

package id.hotline.nlu;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Character n-grams inside each word, with the word's edges marked ("_gaji_" gives "_ga", "gaj", "aji", "ji_"...),
 * so a typo ("gaiji", "pasport") still shares most features with the right spelling. Stateless.
 */
final class CharNGramFeatures implements FeatureGenerator {
    private final int min;
    private final int max;

    CharNGramFeatures(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("need 1 <= min <= max, was " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> out = new ArrayList<>(words.length * 12);
        for (String word : words) {
            String padded = "_" + word + "_";
            for (int n = min; n <= max; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    out.add("c=" + padded.substring(i, i + n));
                }
            }
        }
        return out;
    }
}

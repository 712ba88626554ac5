package id.hotline.nlu;

import opennlp.tools.doccat.FeatureGenerator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Stemmed word unigrams ("w=pukul") and bigrams ("b=gaji_tahan"). Stateless apart from the shared stemmer. */
final class WordFeatures implements FeatureGenerator {
    /** The prefix of a single-word feature ("w=kerja"); word pairs are "b=". */
    static final String WORD = "w=";
    private final IndonesianStemmer stemmer;
    private final boolean bigrams;

    WordFeatures(IndonesianStemmer stemmer, boolean bigrams) {
        this.stemmer = stemmer;
        this.bigrams = bigrams;
    }

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> out = new ArrayList<>(words.length * 2);
        String previous = null;
        for (String word : words) {
            String stem = stemmer.stem(word);
            out.add(WORD + stem);
            if (bigrams && previous != null) {
                out.add("b=" + previous + "_" + stem);
            }
            previous = stem;
        }
        return out;
    }
}

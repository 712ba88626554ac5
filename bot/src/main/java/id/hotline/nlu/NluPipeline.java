package id.hotline.nlu;

import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.domain.RiskAssessment;
import id.hotline.domain.ScoredIntent;
import id.hotline.knowledge.Intent;
import id.hotline.knowledge.KnowledgeBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** PLACEHOLDER until the OpenNLP pipeline lands: word-overlap nearest example. Replaced by the nlu branch. */
public final class NluPipeline implements Nlu {
    private final KnowledgeBase kb;

    private NluPipeline(KnowledgeBase kb) {
        this.kb = kb;
    }

    public static Nlu train(KnowledgeBase kb) {
        return new NluPipeline(kb);
    }

    private static Set<String> words(String s) {
        return new HashSet<>(List.of(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+")));
    }

    @Override
    public Analysis analyse(String text) {
        Set<String> w = words(text);
        List<ScoredIntent> scores = new ArrayList<>();
        double total = 0;
        for (Intent i : kb.intents().values()) {
            double best = 0;
            for (String e : i.examples()) {
                Set<String> ew = words(e);
                Set<String> inter = new HashSet<>(ew);
                inter.retainAll(w);
                best = Math.max(best, inter.size() / (double) (ew.size() + w.size() - inter.size()));
            }
            scores.add(new ScoredIntent(i.id(), best));
            total += best;
        }
        double sum = total == 0 ? 1 : total;
        List<ScoredIntent> ranking = scores.stream().map(s -> new ScoredIntent(s.intent(), s.score() / sum))
                .sorted(Comparator.comparingDouble(ScoredIntent::score).reversed()).toList();
        String norm = String.join(" ", w).trim();
        return new Analysis(norm, Lang.ID, new Classification(ranking.get(0).intent(), ranking.get(0).score(), ranking),
                RiskAssessment.NONE);
    }
}

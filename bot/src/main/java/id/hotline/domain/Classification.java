package id.hotline.domain;

import java.util.List;

/** The classifier's reading of a message: best intent, its confidence, and the ranking (best first). */
public record Classification(String intent, double confidence, List<ScoredIntent> ranking) {
    public Classification {
        if (intent == null || intent.isBlank()) {
            throw new IllegalArgumentException("intent is required");
        }
        if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
        ranking = List.copyOf(ranking);
    }

    /** Score of the second-best intent, or 0 when there is none. */
    public double runnerUpScore() {
        return ranking.size() > 1 ? ranking.get(1).score() : 0.0;
    }

    public double scoreOf(String id) {
        for (ScoredIntent s : ranking) {
            if (s.intent().equals(id)) {
                return s.score();
            }
        }
        return 0.0;
    }
}

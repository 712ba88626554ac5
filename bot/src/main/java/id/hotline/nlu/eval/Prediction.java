package id.hotline.nlu.eval;

import id.hotline.domain.Analysis;

/**
 * What the pipeline made of one labelled line.
 *
 * @param mustEscalate whether the line must open a case, or null when unknown
 */
public record Prediction(String text, String gold, Boolean mustEscalate, Analysis analysis) {
    public String predicted() {
        return analysis.classification().intent();
    }

    public boolean correct() {
        return gold.equals(predicted());
    }

    public double confidence() {
        return analysis.classification().confidence();
    }

    public double margin() {
        return confidence() - analysis.classification().runnerUpScore();
    }

    public boolean escalated() {
        return analysis.risk().risk().opensCase();
    }
}

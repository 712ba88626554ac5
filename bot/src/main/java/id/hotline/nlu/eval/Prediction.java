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

    /**
     * Whether the risk detector opens a case, which is what a line's {@code escalate} flag means (exploitation or
     * danger). A confident human.request also opens a case in the service, by design, and is not counted here.
     */
    public boolean escalated() {
        return analysis.risk().risk().opensCase();
    }
}

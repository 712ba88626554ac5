package id.hotline.domain;

/** One intent with the classifier's probability for it. */
public record ScoredIntent(String intent, double score) {
    public ScoredIntent {
        if (intent == null || intent.isBlank()) {
            throw new IllegalArgumentException("intent is required");
        }
    }
}

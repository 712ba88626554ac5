package id.hotline.domain;

/** Everything the NLU says about one message. */
public record Analysis(String normalized, Lang language, Classification classification, RiskAssessment risk) {
    public Analysis {
        if (classification == null || risk == null || language == null) {
            throw new IllegalArgumentException("classification, language and risk are required");
        }
    }
}

package id.hotline.domain;

/**
 * Everything the NLU says about one message.
 *
 * @param language      the language it is written in: English only when clearly English
 * @param languageClear whether the words settle the language; mixed or unknown words leave the conversation's own
 */
public record Analysis(String normalized, Lang language, boolean languageClear, Classification classification,
                       RiskAssessment risk) {
    public Analysis {
        if (classification == null || risk == null || language == null) {
            throw new IllegalArgumentException("classification, language and risk are required");
        }
    }

    /** A reading whose language is clear. */
    public Analysis(String normalized, Lang language, Classification classification, RiskAssessment risk) {
        this(normalized, language, true, classification, risk);
    }

    /** The same reading with another classification (the risk stays this message's own). */
    public Analysis withClassification(Classification other) {
        return new Analysis(normalized, language, languageClear, other, risk);
    }
}

package id.hotline.nlu;

/**
 * Tunable parts of the pipeline, chosen by cross-validation on the knowledge base.
 *
 * @param mend whether typing slips and dropped vowels are mended (off only to measure what mending gives)
 */
public record NluSettings(ClassifierSettings classifier, RiskThresholds risk, boolean mend) {
    public static final NluSettings DEFAULT = new NluSettings(ClassifierSettings.DEFAULT, RiskThresholds.DEFAULT);

    public NluSettings(ClassifierSettings classifier, RiskThresholds risk) {
        this(classifier, risk, true);
    }

    public NluSettings {
        if (classifier == null || risk == null) {
            throw new IllegalArgumentException("classifier and risk settings are required");
        }
    }

    public NluSettings withClassifier(ClassifierSettings c) {
        return new NluSettings(c, risk, mend);
    }
}

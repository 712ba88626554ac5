package id.hotline.nlu;

/** Tunable parts of the pipeline, chosen by cross-validation on the knowledge base. */
public record NluSettings(ClassifierSettings classifier, RiskThresholds risk) {
    public static final NluSettings DEFAULT = new NluSettings(ClassifierSettings.DEFAULT, RiskThresholds.DEFAULT);

    public NluSettings {
        if (classifier == null || risk == null) {
            throw new IllegalArgumentException("classifier and risk settings are required");
        }
    }

    public NluSettings withClassifier(ClassifierSettings c) {
        return new NluSettings(c, risk);
    }
}

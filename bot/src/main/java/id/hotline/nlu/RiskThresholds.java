package id.hotline.nlu;

/**
 * When the classifier's scores alone raise the risk (the indicator lexicon works independently).
 * "Signal intents" are the intents that indicators.yaml links to (tip.* describing exploitation, emergency.danger).
 *
 * @param top   the best intent is a signal intent with at least this probability: its risk (escalate/emergency)
 * @param mass  the signal intents together have at least this probability: escalate
 * @param offer the signal intents together have at least this probability: offer a counselor
 */
public record RiskThresholds(double top, double mass, double offer) {
    public static final RiskThresholds DEFAULT = new RiskThresholds(0.30, 0.45, 0.25);

    public RiskThresholds {
        if (!(0 <= offer && offer <= mass && mass <= 1 && 0 <= top && top <= 1)) {
            throw new IllegalArgumentException("need 0 <= offer <= mass <= 1 and 0 <= top <= 1");
        }
    }
}

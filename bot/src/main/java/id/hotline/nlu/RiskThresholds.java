package id.hotline.nlu;

/**
 * When the classifier's scores alone raise the risk (the indicator lexicon works independently).
 * "Signal intents" are the intents that escalate/emergency indicators in indicators.yaml link to
 * (the tip.* intents describing exploitation, emergency.danger).
 *
 * @param top       the best intent is a signal intent with at least this probability: escalate
 * @param emergency ... and it is an emergency intent with at least this probability: emergency
 * @param mass      the signal intents together have at least this probability: escalate
 * @param offer     the signal intents together have at least this probability: offer a counselor
 */
public record RiskThresholds(double top, double emergency, double mass, double offer) {
    public static final RiskThresholds DEFAULT = new RiskThresholds(0.35, 0.50, 0.45, 0.30);

    public RiskThresholds {
        if (!(0 <= offer && offer <= mass && mass <= 1 && 0 <= top && top <= emergency && emergency <= 1)) {
            throw new IllegalArgumentException("need 0 <= offer <= mass <= 1 and 0 <= top <= emergency <= 1");
        }
    }
}

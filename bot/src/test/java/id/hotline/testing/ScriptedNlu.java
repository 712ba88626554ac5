package id.hotline.testing;

import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.domain.Risk;
import id.hotline.domain.RiskAssessment;
import id.hotline.domain.ScoredIntent;
import id.hotline.nlu.Nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A deterministic NLU for engine tests: each scripted text gets exactly the reading it was given; others an unsure one. */
public final class ScriptedNlu implements Nlu {
    private final Map<String, Analysis> script = new HashMap<>();

    public ScriptedNlu understands(String text, String intent, double confidence, String runnerUp, double runnerUpScore) {
        return reads(text, intent, confidence, runnerUp, runnerUpScore, Risk.NONE, List.of());
    }

    public ScriptedNlu reads(String text, String intent, double confidence, String runnerUp, double runnerUpScore,
                             Risk risk, List<String> indicators) {
        var ranking = List.of(new ScoredIntent(intent, confidence), new ScoredIntent(runnerUp, runnerUpScore),
                new ScoredIntent("out_of_scope", Math.max(0, 1 - confidence - runnerUpScore)));
        script.put(text, new Analysis(normalized(text), Lang.ID, new Classification(intent, confidence, ranking),
                new RiskAssessment(risk, indicators)));
        return this;
    }

    /** The scripted reading of {@code text} as written in {@code lang}; {@code clear}: whether its words settle that. */
    public ScriptedNlu writtenIn(String text, Lang lang, boolean clear) {
        Analysis a = script.get(text);
        script.put(text, new Analysis(a.normalized(), lang, clear, a.classification(), a.risk()));
        return this;
    }

    @Override
    public Analysis analyse(String text) {
        Analysis a = script.get(text);
        if (a == null) {
            var ranking = List.of(new ScoredIntent("out_of_scope", 0.2), new ScoredIntent("smalltalk.greeting", 0.19),
                    new ScoredIntent("atensi.about", 0.18));
            return new Analysis(normalized(text), Lang.ID, false, new Classification("out_of_scope", 0.2, ranking),
                    RiskAssessment.NONE);
        }
        return a;
    }

    /** Lower case, letters, digits and single spaces: emoji and punctuation alone leave nothing, as in the real NLU. */
    private static String normalized(String text) {
        return text.toLowerCase().replaceAll("[^\\p{L}\\p{N} ]", " ").strip().replaceAll(" +", " ");
    }
}

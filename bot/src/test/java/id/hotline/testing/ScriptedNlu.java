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

/** A deterministic NLU for engine tests: each scripted text gets exactly the reading it was given. */
public final class ScriptedNlu implements Nlu {
    private final Map<String, Analysis> script = new HashMap<>();

    public ScriptedNlu understands(String text, String intent, double confidence, String runnerUp, double runnerUpScore) {
        return reads(text, intent, confidence, runnerUp, runnerUpScore, Risk.NONE, List.of());
    }

    public ScriptedNlu reads(String text, String intent, double confidence, String runnerUp, double runnerUpScore,
                             Risk risk, List<String> indicators) {
        var ranking = List.of(new ScoredIntent(intent, confidence), new ScoredIntent(runnerUp, runnerUpScore),
                new ScoredIntent("out_of_scope", Math.max(0, 1 - confidence - runnerUpScore)));
        script.put(text, new Analysis(text.toLowerCase(), Lang.ID, new Classification(intent, confidence, ranking),
                new RiskAssessment(risk, indicators)));
        return this;
    }

    @Override
    public Analysis analyse(String text) {
        Analysis a = script.get(text);
        if (a == null) {
            var ranking = List.of(new ScoredIntent("out_of_scope", 0.2), new ScoredIntent("smalltalk.greeting", 0.19),
                    new ScoredIntent("atensi.about", 0.18));
            return new Analysis(text.toLowerCase(), Lang.ID, new Classification("out_of_scope", 0.2, ranking), RiskAssessment.NONE);
        }
        return a;
    }
}

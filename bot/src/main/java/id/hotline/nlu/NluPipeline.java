package id.hotline.nlu;

import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.domain.RiskAssessment;
import id.hotline.knowledge.KnowledgeBase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NLU built at start-up: normaliser (slang.yaml), intent classifier trained on every intent's examples,
 * risk detector (indicators.yaml + classifier scores) and language guess. Immutable and thread-safe.
 */
public final class NluPipeline implements Nlu {
    private final Normalizer normalizer;
    private final IntentClassifier classifier;
    private final RiskDetector riskDetector;
    private final LanguageGuesser languages;
    private final Duration trainingTime;

    private NluPipeline(Normalizer normalizer, IntentClassifier classifier, RiskDetector riskDetector,
                        LanguageGuesser languages, Duration trainingTime) {
        this.normalizer = normalizer;
        this.classifier = classifier;
        this.riskDetector = riskDetector;
        this.languages = languages;
        this.trainingTime = trainingTime;
    }

    public static NluPipeline train(KnowledgeBase kb) {
        return train(NluResources.of(kb), NluSettings.DEFAULT);
    }

    public static NluPipeline train(NluResources resources, NluSettings settings) {
        long started = System.nanoTime();
        Normalizer normalizer = new Normalizer(resources.slang(), vocabulary(resources.examples()));
        List<IntentClassifier.Sample> samples = new ArrayList<>(resources.examples().size());
        for (LabelledText e : resources.examples()) {
            samples.add(new IntentClassifier.Sample(e.label(), normalizer.normalize(e.text()).words()));
        }
        IntentClassifier classifier = IntentClassifier.train(samples, settings.classifier());
        RiskDetector risk = new RiskDetector(resources.indicators(), settings.risk());
        return new NluPipeline(normalizer, classifier, risk, LanguageGuesser.fromResources(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public Analysis analyse(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        Classification classification = classifier.classify(normalized.tokens());
        RiskAssessment risk = riskDetector.assess(normalized, classification);
        Lang lang = languages.guess(normalized);
        return new Analysis(normalized.text(), lang, riskDetector.settle(classification, risk), risk);
    }

    /** How long {@link #train} took: normalising the examples, training the classifier, compiling the lexicon. */
    public Duration trainingTime() {
        return trainingTime;
    }

    /** Words as the examples spell them, so the normaliser can tell "maaaf" (maaf) from "tolooong" (tolong). */
    private static Set<String> vocabulary(List<LabelledText> examples) {
        Normalizer plain = Normalizer.withoutSlang();
        Set<String> words = new HashSet<>();
        for (LabelledText e : examples) {
            words.addAll(plain.clean(e.text()));
        }
        return words;
    }
}

package id.hotline.nlu;

import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.domain.Risk;
import id.hotline.domain.RiskAssessment;
import id.hotline.knowledge.Intent;
import id.hotline.knowledge.KnowledgeBase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The NLU built at start-up: normaliser (slang.yaml, typing slips mended against the examples' words), intent
 * classifier trained on every intent's examples, risk detector (indicators.yaml + classifier scores), language guess
 * and the programme names that settle a topic (names.yaml). Immutable and thread-safe.
 */
public final class NluPipeline implements Nlu {
    private final Normalizer normalizer;
    private final IntentClassifier classifier;
    private final RiskDetector riskDetector;
    private final LanguageGuesser languages;
    private final NamedTopics names;
    private final Duration trainingTime;
    /** Below this the classifier's reading of a whole message is not sure (the dialog's default clarify threshold). */
    private static final double UNSURE = 0.45;

    private NluPipeline(Normalizer normalizer, IntentClassifier classifier, RiskDetector riskDetector,
                        LanguageGuesser languages, NamedTopics names, Duration trainingTime) {
        this.normalizer = normalizer;
        this.classifier = classifier;
        this.riskDetector = riskDetector;
        this.languages = languages;
        this.names = names;
        this.trainingTime = trainingTime;
    }

    public static NluPipeline train(KnowledgeBase kb) {
        return train(NluResources.of(kb), NluSettings.DEFAULT);
    }

    public static NluPipeline train(NluResources resources, NluSettings settings) {
        long started = System.nanoTime();
        Map<String, Integer> counts = wordCounts(resources.examples());
        Normalizer normalizer = new Normalizer(resources.slang(), counts.keySet(),
                settings.mend() ? SpellingCorrector.of(counts) : SpellingCorrector.NONE);
        List<IntentClassifier.Sample> samples = new ArrayList<>(resources.examples().size());
        for (LabelledText e : resources.examples()) {
            samples.add(new IntentClassifier.Sample(e.label(), normalizer.normalize(e.text()).mended()));
        }
        IntentClassifier classifier = IntentClassifier.train(samples, settings.classifier());
        RiskDetector risk = new RiskDetector(resources.indicators(), settings.risk());
        return new NluPipeline(normalizer, classifier, risk, LanguageGuesser.fromResources(),
                new NamedTopics(resources.names()), Duration.ofNanos(System.nanoTime() - started));
    }

    @Override
    public Analysis analyse(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        LanguageGuesser.Guess lang = languages.read(normalized);
        // Slips are mended against the examples' words, mostly Indonesian: English words would be bent to their
        // neighbours, so English is classified with vowels put back only.
        List<String> words = lang.lang() == Lang.EN ? normalized.words() : normalized.mended();
        Classification classification = classifier.classify(words.toArray(String[]::new));
        RiskAssessment risk = riskDetector.assess(normalized, classification);
        classification = questionAfterLead(words, classification);
        Classification settled = riskDetector.settle(classification, risk);
        // A case keeps the answer for the exploitation it is opened for; otherwise a named programme is the topic.
        if (risk.risk().compareTo(Risk.ESCALATE) < 0) {
            settled = names.narrow(words, settled);
        }
        return new Analysis(normalized.text(), lang.lang(), lang.clear(), settled, risk);
    }

    /**
     * "majikan saya baik kok, cuma mau tanya hak cuti gimana", "thx, btw ...": when the whole message reads as no topic,
     * or as nothing sure, the question after the lead is read on its own; its topic is taken when it is read with
     * confidence (after no topic) or surer (after an unsure topic). The risk stays the whole message's.
     */
    private Classification questionAfterLead(List<String> words, Classification whole) {
        if (!Intent.NOT_A_TOPIC.contains(whole.intent()) && whole.confidence() >= UNSURE) {
            return whole;
        }
        List<String> question = AskedAfter.question(words);
        if (question.isEmpty()) {
            return whole;
        }
        Classification asked = classifier.classify(question.toArray(String[]::new));
        if (Intent.NOT_A_TOPIC.contains(asked.intent())) {
            return whole;
        }
        if (Intent.NOT_A_TOPIC.contains(whole.intent())) { // after thanks or "nothing is wrong": a topic read with confidence
            return asked.confidence() >= UNSURE ? asked : whole;
        }
        return asked.confidence() > whole.confidence() ? asked : whole; // after an unsure topic: a surer one
    }

    /** How long {@link #train} took: normalising the examples, training the classifier, compiling the lexicon. */
    public Duration trainingTime() {
        return trainingTime;
    }

    /**
     * Words as the examples spell them and how often, so the normaliser can tell "maaaf" (maaf) from "tolooong"
     * (tolong) and mend a slip ("dokumn") to the most used near word.
     */
    private static Map<String, Integer> wordCounts(List<LabelledText> examples) {
        Normalizer plain = Normalizer.withoutSlang();
        Map<String, Integer> counts = new HashMap<>();
        for (LabelledText e : examples) {
            for (String w : plain.clean(e.text())) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }
}

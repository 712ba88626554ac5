package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.Risk;
import id.hotline.domain.RiskAssessment;
import id.hotline.domain.ScoredIntent;
import id.hotline.knowledge.GeneralTalk;
import id.hotline.knowledge.Indicator;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a message shows trafficking, forced-labour or danger indicators, independently of the
 * answer the message gets. Two sources, the higher wins: the indicator lexicon (patterns over the normalised
 * text, reported by indicator id) and the classifier's scores for the intents the indicators link to
 * (reported by intent id). An indicator the message explicitly negates also silences its intents' scores. When
 * only the classifier would open a case and the whole message is general talk about trafficking or a past that is
 * over ({@link GeneralTalk#isGeneral(String)}), a job offer not yet taken ({@link GeneralTalk#isOfferNotTaken}),
 * a sign whose pattern match was itself general talk or a fear ({@link GeneralTalk#isFeared}), or one topic word, a
 * counselor is offered instead; danger from the classifier is never lowered by the last three.
 * Immutable and thread-safe.
 */
public final class RiskDetector {
    private final IndicatorLexicon lexicon;
    private final Map<String, Risk> signalIntents;
    private final Map<String, Set<String>> intentsOfIndicator;
    private final RiskThresholds thresholds;
    /** The general-talk words of the guarded indicators, or null when none is guarded. */
    private final GeneralTalk general;
    /** Indicators with wins_over, by id. */
    private final Map<String, Indicator> winners;
    /** Indicators that raise a reading that opens a case (a child), with the level they raise it to, by id. */
    private final Map<String, Risk> raisers;
    /** Indicators with which a case only the classifier would open is offered instead (a death told). */
    private final Set<String> calming;

    public RiskDetector(List<Indicator> indicators, RiskThresholds thresholds) {
        this.lexicon = IndicatorLexicon.compile(indicators);
        this.thresholds = thresholds;
        Map<String, Risk> signals = new HashMap<>();
        Map<String, Set<String>> links = new HashMap<>();
        for (Indicator i : indicators) {
            links.computeIfAbsent(i.id(), k -> new HashSet<>()).addAll(i.intents());
            if (i.risk().opensCase()) {
                i.intents().forEach(intent -> signals.merge(intent, i.risk(), Risk::max));
            }
        }
        this.signalIntents = Map.copyOf(signals);
        links.replaceAll((k, v) -> Set.copyOf(v));
        this.intentsOfIndicator = Map.copyOf(links);
        this.general = indicators.stream().map(Indicator::general).filter(Objects::nonNull).findFirst().orElse(null);
        Map<String, Indicator> win = new HashMap<>();
        indicators.stream().filter(i -> !i.winsOver().isEmpty()).forEach(i -> win.put(i.id(), i));
        this.winners = Map.copyOf(win);
        this.raisers = indicators.stream().filter(i -> i.raises() != null)
                .collect(Collectors.toUnmodifiableMap(Indicator::id, Indicator::raises));
        this.calming = indicators.stream().filter(Indicator::calms).map(Indicator::id).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The intent the message is answered with: the classifier's, unless an indicator found in the message
     * ({@code risk}'s evidence) wins over it (indicators.yaml {@code wins_over}): "dikunci di kamar lalu ditampar" is
     * answered as violence even when the classifier reads confinement. The ranking and confidence stay the classifier's.
     */
    public Classification settle(Classification classification, RiskAssessment risk) {
        for (String evidence : risk.indicators()) {
            Indicator winner = winners.get(evidence);
            if (winner != null && winner.winsOver().contains(classification.intent())) {
                return new Classification(winner.intents().get(0), classification.confidence(), classification.ranking());
            }
        }
        return classification;
    }

    public RiskAssessment assess(NormalizedText text, Classification classification) {
        Risk risk = Risk.NONE;
        Set<String> found = new LinkedHashSet<>();
        Set<String> negated = new LinkedHashSet<>();
        Set<String> generalIds = new LinkedHashSet<>();
        for (IndicatorLexicon.Hit hit : lexicon.find(text.text())) {
            switch (hit.match()) {
                case NEGATED -> negated.add(hit.indicator().id());
                // General talk about trafficking may still come from someone in it: help contacts and a counselor
                // are offered, but no case is opened on the words alone.
                case GENERAL -> {
                    risk = risk.max(Risk.OFFER);
                    generalIds.add(hit.indicator().id());
                }
                case REAL -> {
                    found.add(hit.indicator().id());
                    risk = risk.max(hit.indicator().risk());
                }
            }
        }
        negated.removeAll(found);
        Set<String> covered = linkedIntents(found);
        Set<String> silenced = linkedIntents(negated);
        silenced.removeAll(covered);

        Set<String> evidence = new LinkedHashSet<>(found);
        double mass = 0;
        ScoredIntent bestSignal = null;
        for (ScoredIntent s : classification.ranking()) {
            if (signalIntents.containsKey(s.intent()) && !silenced.contains(s.intent())) {
                mass += s.score();
                bestSignal = bestSignal == null ? s : bestSignal;
            }
        }
        if (bestSignal != null) {
            boolean bestIsTop = bestSignal.intent().equals(classification.intent());
            Risk fromLexicon = risk;
            if (bestIsTop && bestSignal.score() >= thresholds.top()) {
                Risk level = signalIntents.get(bestSignal.intent());
                boolean sureEnough = level != Risk.EMERGENCY || bestSignal.score() >= thresholds.emergency();
                risk = risk.max(sureEnough ? level : Risk.ESCALATE);
                addUnlessCovered(evidence, bestSignal.intent(), covered);
            } else if (mass >= thresholds.mass()) {
                risk = risk.max(Risk.ESCALATE);
                addUnlessCovered(evidence, bestSignal.intent(), covered);
            } else if (mass >= thresholds.offer()) {
                risk = risk.max(Risk.OFFER);
            }
            // Only the classifier points at exploitation, and the message is a general question or a past that is over,
            // or a single topic word ("gaji", "majikan") that tells no situation: help contacts and a counselor are
            // offered, no case is opened. A single word the classifier reads as danger ("tolong", "lari") keeps its level.
            // A job offer or plan not yet taken ("ditawari kerja di kamboja, aman ga?"), or a sign the patterns themselves
            // judged general talk or a fear of what may happen ("takut nanti paspor ditahan"), is offered a counselor the
            // same way; danger from the classifier never is.
            boolean notDanger = risk == Risk.ESCALATE && signalIntents.get(bestSignal.intent()) != Risk.EMERGENCY;
            boolean topicWord = notDanger && text.words().size() == 1;
            boolean offerNotTaken = notDanger && general != null && general.isOfferNotTaken(text.text());
            // The patterns already judged this very sign general talk or a fear of what may happen.
            boolean judged = notDanger && linkedIntents(generalIds).contains(bestSignal.intent());
            // A death told ("anak saya meninggal di saudi") and no sign a pattern found: exploitation read by the
            // classifier alone is offered; danger it is sure of ("... dibunuh majikan, saya takut sekarang") stays.
            boolean calmed = risk == Risk.ESCALATE && found.stream().anyMatch(calming::contains);
            if (risk.opensCase() && !fromLexicon.opensCase()
                    && (calmed || topicWord || offerNotTaken || judged || general != null && general.isGeneral(text.text()))) {
                risk = Risk.OFFER;
                evidence.retainAll(found);
            }
        }
        // A child is no sign alone ("umur 16 boleh daftar?"); with a sign that opens a case it raises the case.
        for (String id : found) {
            Risk raises = raisers.get(id);
            if (raises != null && risk.opensCase()) {
                risk = risk.max(raises);
            } else if (raises != null) {
                evidence.remove(id);
            }
        }
        return new RiskAssessment(risk, List.copyOf(evidence));
    }

    private Set<String> linkedIntents(Set<String> indicatorIds) {
        Set<String> out = new HashSet<>();
        for (String id : indicatorIds) {
            out.addAll(intentsOfIndicator.getOrDefault(id, Set.of()));
        }
        return out;
    }

    private static void addUnlessCovered(Set<String> evidence, String intent, Set<String> covered) {
        if (!covered.contains(intent)) {
            evidence.add(intent);
        }
    }
}

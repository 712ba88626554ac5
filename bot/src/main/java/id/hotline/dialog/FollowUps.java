package id.hotline.dialog;

import id.hotline.domain.Analysis;
import id.hotline.domain.Classification;
import id.hotline.domain.Lang;
import id.hotline.knowledge.Intent;
import id.hotline.knowledge.KnowledgeBase;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A short follow-up right after an answer ("gmn cara daftarnya", "berapa biayanya" after the ATENSI answer) names
 * no topic of its own: read alone, it is "out of scope" or a guess. It is read again joined to the title of the topic
 * just answered. When that reading moves, with confidence, to another intent of the topic's family, that intent is
 * answered; otherwise the person is asked whether the question is still about that topic, with its family as choices.
 * Only topics that open no case are answered or offered this way: the risk of the message is read from its own words
 * before, as for any message, and a follow-up never opens a case by itself.
 */
final class FollowUps {
    /** How long an answered topic carries over: long enough to read an answer on a phone and type a question. */
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** A message this short may lean on the topic before; a longer one says what it is about. */
    static final int MAX_WORDS = 5;
    /**
     * A message this short read with confidence as another topic may still mean the topic before ("bayar ga?" after
     * the ATENSI answer reads as placement costs): it is asked which, when the topic's context pulls it back.
     */
    static final int TERSE_WORDS = 3;
    private static final int CHOICES = 3;
    /** Words whose "nya" is part of the word, not "its" (daftarnya: its registration; punya: to have). */
    private static final Set<String> NOT_A_REFERENCE = Set.of("punya", "hanya", "tanya", "nanya", "bertanya", "ditanya");
    private static final Set<String> ENGLISH_REFERENCES = Set.of("it", "its", "that", "this", "there", "they", "them");

    private final KnowledgeBase kb;
    private final String topic;
    private final Set<String> family;

    FollowUps(KnowledgeBase kb, String topic) {
        this.kb = kb;
        this.topic = topic;
        this.family = familyOf(kb, topic);
    }

    /**
     * Whether the message may continue the topic: short, and its own words place it nowhere (out of scope, or no
     * confident reading), or they refer back ("syaratnya": its requirements) while the reading is another family's.
     */
    boolean mayContinue(Analysis alone, boolean confident) {
        List<String> words = List.of(alone.normalized().split(" "));
        if (words.size() > MAX_WORDS || !kb.intents().containsKey(topic)) {
            return false;
        }
        String own = alone.classification().intent();
        if (!confident || own.equals("out_of_scope")) {
            return true;
        }
        return offerable(own) && !family.contains(own) && (words.stream().anyMatch(FollowUps::refersBack) || terse(alone));
    }

    /**
     * A message of a few words, none referring back, that the classifier places outside the topic's family
     * ("bayar ga?"), after a topic answered without a case. Whether it is confident is the caller's to know.
     */
    boolean terse(Analysis alone) {
        String[] words = alone.normalized().split(" ");
        String own = alone.classification().intent();
        return words.length <= TERSE_WORDS && Stream.of(words).noneMatch(FollowUps::refersBack) && offerable(own)
                && !family.contains(own) && offerable(topic);
    }

    /** Whether the joined reading stays with the topic or its family. */
    boolean staysWith(Classification joined) {
        return joined.intent().equals(topic) || family.contains(joined.intent());
    }

    /**
     * The message as it reads after the topic: after the programme's name when the topic is one (names.yaml: "atensi
     * syaratnya?"), otherwise after the topic's title in the conversation's language. A title that asks a question
     * ("Apa itu ATENSI") would pull every follow-up back to that question.
     */
    String joined(String text, Lang lang) {
        String lead = kb.names().stream().filter(n -> n.intents().contains(topic)).map(n -> n.words().get(0)).findFirst()
                .orElseGet(() -> kb.intents().get(topic).title().get(lang));
        return lead + " " + text;
    }

    /** Whether the joined reading moved to another intent of the topic's family, one answered without a case. */
    boolean movedWithin(Classification joined) {
        return !joined.intent().equals(topic) && family.contains(joined.intent());
    }

    /**
     * The choices when the follow-up could not be placed: where the joined reading leans within the family, the topic
     * itself, the message's own best reading, then the topic's suggested next topics.
     */
    List<String> choices(Classification joined, Classification alone) {
        Set<String> out = new LinkedHashSet<>();
        if (movedWithin(joined)) {
            out.add(joined.intent());
        }
        Stream.concat(Stream.of(topic, alone.intent()), kb.intents().get(topic).suggestions().stream())
                .filter(this::offerable).forEach(out::add);
        return out.stream().limit(CHOICES).toList();
    }

    /** A topic that can be answered or offered without opening a case. */
    private boolean offerable(String intentId) {
        return offerable(kb, intentId);
    }

    private static boolean offerable(KnowledgeBase kb, String intentId) {
        Intent intent = kb.intents().get(intentId);
        return intent != null && !intent.risk().opensCase() && DialogPolicy.isTopic(intentId);
    }

    /**
     * The topic's family: the intents of its menu group (topics.yaml), those whose id starts the same way
     * ("atensi."), and its suggested next topics; only those answered without a case.
     */
    private static Set<String> familyOf(KnowledgeBase kb, String topic) {
        String prefix = topic.contains(".") ? topic.substring(0, topic.indexOf('.') + 1) : topic;
        Set<String> family = new LinkedHashSet<>();
        kb.topics().values().stream().filter(ids -> ids.contains(topic)).forEach(family::addAll);
        kb.intents().keySet().stream().filter(id -> id.startsWith(prefix)).forEach(family::add);
        Intent intent = kb.intents().get(topic);
        if (intent != null) {
            family.addAll(intent.suggestions());
        }
        family.removeIf(id -> !offerable(kb, id));
        return family;
    }

    private static boolean refersBack(String word) {
        return word.length() > 4 && word.endsWith("nya") && !NOT_A_REFERENCE.contains(word)
                || ENGLISH_REFERENCES.contains(word);
    }
}

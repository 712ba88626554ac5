package id.hotline.knowledge;

import id.hotline.domain.Lang;
import id.hotline.domain.Risk;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the hotline says and knows, loaded from knowledge-base/. Immutable; a reload builds a new one. */
public record KnowledgeBase(Map<String, Intent> intents, Map<String, Contact> contacts, Map<String, Texts> messages,
                            List<MenuItem> menu, Map<String, List<String>> topics, Map<String, String> slang,
                            List<Indicator> indicators, Map<String, Risk> taxonomy, List<NamedTopic> names) {
    public KnowledgeBase {
        // Keep file order: lint output, menus and reports read the same on every run.
        intents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(intents));
        contacts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contacts));
        messages = Map.copyOf(messages);
        menu = List.copyOf(menu);
        topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
        slang = Map.copyOf(slang);
        indicators = List.copyOf(indicators);
        taxonomy = Map.copyOf(taxonomy);
        names = List.copyOf(names);
    }

    public Optional<Intent> intent(String id) {
        return Optional.ofNullable(intents.get(id));
    }

    /** A UI message by key, with {{contact}} placeholders filled in. */
    public String message(String key, Lang lang) {
        Texts t = messages.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message '" + key + "' in messages.yaml");
        }
        return Placeholders.fill(t.get(lang), contacts, lang);
    }

    /**
     * What counselors read for a sign named in a case or a reading: an indicator's label, or a classifier intent's
     * title ("tip.violence" -> its menu title), by id.
     */
    public Map<String, String> signLabels(Lang lang) {
        Map<String, String> out = new java.util.TreeMap<>();
        intents.values().forEach(i -> out.put(i.id(), i.title().get(lang)));
        indicators.forEach(i -> out.put(i.id(), i.label().get(lang)));
        return out;
    }

    /** The indicators named in a reading's evidence, in its order (evidence also names classifier intents: skipped). */
    public List<Indicator> indicatorsIn(List<String> evidence) {
        return evidence.stream().flatMap(id -> indicators.stream().filter(i -> i.id().equals(id)).limit(1)).toList();
    }

    /**
     * The lines for the first reply to someone in danger; for someone who said they are abroad ({@code abroad}) the
     * lines that work from abroad come first and those only for callers in Indonesia (110) last. When the message tells
     * of a child ({@code child}) the line for children comes first among those its callers can use.
     */
    public List<Contact> emergencyContacts(boolean abroad, boolean child) {
        Comparator<Contact> order = Comparator.comparing(Contact::key, ContactOrder.INSTANCE);
        if (child) {
            order = Comparator.comparing((Contact c) -> !c.children()).thenComparing(order);
        }
        if (abroad) {
            order = Comparator.comparing(Contact::callers).thenComparing(order);
        }
        return contacts.values().stream().filter(Contact::emergency).sorted(order).toList();
    }

    /**
     * Emergency contacts first in a fixed, safety-first order: police, then the national lines (the 24-hour Kemlu
     * hotline before the KP2MI number from abroad).
     */
    private enum ContactOrder implements Comparator<String> {
        INSTANCE;
        private static final List<String> FIRST = List.of("polri", "kp2mi_call_center", "kemlu_hotline", "kp2mi_abroad", "sapa129");

        @Override
        public int compare(String a, String b) {
            int ia = FIRST.indexOf(a);
            int ib = FIRST.indexOf(b);
            ia = ia < 0 ? FIRST.size() : ia;
            ib = ib < 0 ? FIRST.size() : ib;
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        }
    }
}

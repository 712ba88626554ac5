package id.hotline.knowledge;

import id.hotline.domain.Lang;
import id.hotline.domain.Risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editorial rules for the content, on top of what loading already guarantees. One problem per line. A reload refuses
 * content with errors; a review date older than 12 months is only a warning, so an urgent fix is never refused
 * because other entries are due for review.
 */
public final class KbLint {
    public static final int MIN_EXAMPLES = 40;
    public static final int MAX_ANSWER_CHARS = 900;
    public static final int MAX_TITLE_CHARS = 40;
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()-]{6,}\\d");
    private static final Pattern WEB = Pattern.compile("(?i)https?://|www\\.|\\b[a-z0-9-]+\\.(go\\.id|com|org|id)\\b|@[a-z0-9-]+\\.");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d-]*\\d|\\d");

    private final int minExamples;
    private final LocalDate today;

    /** What kb-lint found: errors keep a reload from going live, warnings (reviews due) do not. */
    public record Findings(List<String> errors, List<String> warnings) {
        public Findings {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }

        /** Errors first, then warnings. */
        public List<String> all() {
            List<String> out = new ArrayList<>(errors);
            out.addAll(warnings);
            return out;
        }
    }

    public KbLint(int minExamples, LocalDate today) {
        this.minExamples = minExamples;
        this.today = today;
    }

    /** Every problem, errors and warnings alike. */
    public List<String> check(KnowledgeBase kb) {
        return findings(kb).all();
    }

    public Findings findings(KnowledgeBase kb) {
        return findings(kb, Set.of());
    }

    /**
     * Everything kb-lint reports about a folder that may not load: its load problems (errors) first, then the rules
     * over what did load. An intent whose file could not be read is not reported missing as well.
     */
    public Findings findings(KnowledgeBaseLoader.Partial loaded) {
        Findings rules = findings(loaded.kb(), loaded.unreadIntents());
        List<String> errors = new ArrayList<>(loaded.problems());
        errors.addAll(rules.errors());
        return new Findings(errors, rules.warnings());
    }

    private Findings findings(KnowledgeBase kb, Set<String> unread) {
        List<String> problems = new ArrayList<>();
        List<String> due = new ArrayList<>();
        for (Map.Entry<String, Risk> t : kb.taxonomy().entrySet()) {
            Intent i = kb.intents().get(t.getKey());
            if (i == null && unread.contains(t.getKey())) {
                continue; // its file has a load problem, reported already
            } else if (i == null) {
                problems.add("intents/" + t.getKey() + ".yaml: " + t.getKey() + ": taxonomy intent is missing");
            } else if (i.risk() != t.getValue()) {
                problems.add(i.file() + ": " + i.id() + ": risk is " + i.risk().wire() + " but the taxonomy says " + t.getValue().wire());
            }
        }
        Set<String> contactNumbers = contactNumbers(kb);
        Map<String, String> exampleOwner = new HashMap<>();
        for (Intent i : kb.intents().values()) {
            String where = i.file() + ": " + i.id() + ": ";
            Set<String> own = new HashSet<>();
            for (String e : i.examples()) {
                String key = e.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
                if (!own.add(key)) {
                    problems.add(where + "example '" + e + "' is listed twice");
                    continue;
                }
                String other = exampleOwner.putIfAbsent(key, i.id());
                if (other != null) {
                    problems.add(where + "example '" + e + "' is also an example of " + other);
                }
            }
            if (own.size() < minExamples) {
                problems.add(where + "has " + own.size() + " distinct examples; needs at least " + minExamples);
            }
            for (Lang lang : Lang.values()) {
                checkLanguage(kb, i, lang, where, contactNumbers, problems);
            }
            if (i.sources().isEmpty()) {
                problems.add(where + "has no sources");
            }
            if (i.reviewed() == null) {
                problems.add(where + "has no reviewed date");
            } else if (i.reviewed().isBefore(today.minusMonths(12))) {
                due.add(where + "was last reviewed " + i.reviewed() + ", more than 12 months ago");
            } else if (i.reviewed().isAfter(today)) {
                problems.add(where + "reviewed date " + i.reviewed() + " is in the future");
            }
        }
        if (!kb.messages().isEmpty()) { // an unreadable messages.yaml is reported by the load already
            for (String key : new TreeSet<>(UiMessages.REQUIRED)) {
                Texts t = kb.messages().get(key);
                if (t == null) {
                    problems.add("messages.yaml: " + key + ": is missing; the service shows this text");
                } else if (!t.has(Lang.EN)) {
                    problems.add("messages.yaml: " + key + ": has no 'en' text");
                }
            }
            for (Indicator i : kb.indicators()) { // an indicator's says: names the text put before its replies
                Texts t = i.says() == null ? null : kb.messages().get(i.says());
                if (i.says() != null && (t == null || !t.has(Lang.EN))) {
                    problems.add("indicators.yaml: " + i.id() + ": says '" + i.says() + "', which is not a text in "
                            + "messages.yaml with 'id' and 'en'");
                }
            }
        }
        for (Contact c : kb.contacts().values()) {
            if (!numbers(c.display().get(Lang.ID)).equals(numbers(c.display().get(Lang.EN)))) {
                problems.add("contacts.yaml: " + c.key() + ": display shows other numbers in English than in Indonesian");
            }
            if (c.reviewed().isBefore(today.minusMonths(12))) {
                due.add("contacts.yaml: " + c.key() + ": was last reviewed " + c.reviewed() + ", more than 12 months ago");
            }
        }
        return new Findings(problems, due);
    }

    private static void checkLanguage(KnowledgeBase kb, Intent i, Lang lang, String where, Set<String> contactNumbers,
                                      List<String> problems) {
        String code = lang.code();
        if (!i.answer().has(lang)) {
            problems.add(where + "answer has no '" + code + "' text");
            return;
        }
        if (!i.title().has(lang)) {
            problems.add(where + "title has no '" + code + "' text");
        } else if (i.title().get(lang).length() > MAX_TITLE_CHARS) {
            problems.add(where + "title (" + code + ") is longer than " + MAX_TITLE_CHARS + " characters");
        }
        String raw = i.answer().get(lang);
        String rendered = Placeholders.fill(raw, kb.contacts(), lang);
        if (rendered.length() > MAX_ANSWER_CHARS) {
            problems.add(where + "answer (" + code + ") is " + rendered.length() + " characters; at most " + MAX_ANSWER_CHARS);
        }
        String withoutPlaceholders = raw.replaceAll("\\{\\{[^}]*}}", " ");
        if (PHONE.matcher(withoutPlaceholders).find() || WEB.matcher(withoutPlaceholders).find()) {
            problems.add(where + "answer (" + code + ") writes a phone number or web address; use a {{contact}} from contacts.yaml");
        }
        Matcher m = NUMBER.matcher(withoutPlaceholders);
        while (m.find()) {
            if (contactNumbers.contains(m.group())) {
                problems.add(where + "answer (" + code + ") writes the contact number " + m.group() + "; use its {{contact}} instead");
            }
        }
    }

    /** Numbers that belong to contacts (110, 0800-1000 ...): they must come from contacts.yaml, never typed in. */
    private static Set<String> contactNumbers(KnowledgeBase kb) {
        Set<String> out = new HashSet<>();
        for (Contact c : kb.contacts().values()) {
            for (Lang lang : Lang.values()) {
                out.addAll(numbers(c.display().get(lang)));
            }
        }
        return out;
    }

    /** The numbers of three digits or more in a text (phone numbers, extensions). */
    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group().replace("-", "").length() >= 3) {
                out.add(m.group());
            }
        }
        return out;
    }
}

package id.hotline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.domain.Risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads and validates knowledge-base/. Anything that would make the service answer wrongly
 * (unknown contact, unknown suggestion, broken regex, missing answer) stops the load with one line.
 * Editorial rules (example counts, review age, lengths) are checked by {@link KbLint}, which also asks for every load
 * problem at once ({@link #loadReportingAll}) rather than the first.
 */
public final class KnowledgeBaseLoader {
    private static final String NAMES = "names.yaml";
    private static final Pattern INTENT_ID = Pattern.compile("[a-z_]+(\\.[a-z_]+)+|out_of_scope");

    /**
     * What loaded, with every problem met on the way (one per file at most, plus every reference to a missing intent)
     * and the intents whose files could not be read (their ids from the file names).
     */
    public record Partial(KnowledgeBase kb, List<String> problems, Set<String> unreadIntents) {
    }

    private KnowledgeBaseLoader() {
    }

    /** The whole knowledge base, or the first problem as a {@link KnowledgeBaseException}. */
    public static KnowledgeBase load(Path dir) {
        return load(dir, e -> {
            throw e;
        }, new HashSet<>());
    }

    /**
     * Loads every file it can and collects the problems instead of stopping at the first; a file with a problem is
     * left out, and references to content in such a file are not reported again.
     */
    public static Partial loadReportingAll(Path dir) {
        List<String> problems = new ArrayList<>();
        Set<String> unread = new LinkedHashSet<>();
        KnowledgeBase kb = load(dir, e -> problems.add(e.getMessage()), unread);
        return new Partial(kb, List.copyOf(problems), Set.copyOf(unread));
    }

    private static KnowledgeBase load(Path dir, Consumer<KnowledgeBaseException> problem, Set<String> unread) {
        if (!Files.isDirectory(dir)) {
            problem.accept(new KnowledgeBaseException("the knowledge base " + dir
                    + (Files.exists(dir) ? " is not a folder" : " does not exist")
                    + "; set HOTLINE_KB (the command-line tools: --kb) to the knowledge-base folder"));
            return new KnowledgeBase(Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of(), List.of());
        }
        Map<String, Contact> contacts = part(problem, () -> contacts(dir), null);
        Map<String, Intent> intents = part(problem, () -> intents(dir, contacts, problem, unread), Map.of());
        Set<String> known = new HashSet<>(intents.keySet());
        known.addAll(unread);
        Map<String, Texts> messages = part(problem, () -> messages(dir, contacts), null);
        List<MenuItem> menu = messages == null ? List.of() : part(problem, () -> menu(dir, known), List.of());
        Map<String, List<String>> topics = part(problem, () -> topics(dir, known), Map.of());
        Map<String, String> slang = part(problem, () -> slang(dir), Map.of());
        List<Indicator> indicators = part(problem, () -> IndicatorsFile.read(read(dir, IndicatorsFile.NAME), known), List.of());
        Map<String, Risk> taxonomy = part(problem, () -> taxonomy(dir), Map.of());
        List<NamedTopic> names = part(problem, () -> names(dir, known, slang), List.of());
        return new KnowledgeBase(intents, contacts == null ? Map.of() : contacts, messages == null ? Map.of() : messages,
                menu, topics, slang, indicators, taxonomy, names);
    }

    /** One part of the knowledge base, or {@code otherwise} after telling its problem (the service's load stops there). */
    private static <T> T part(Consumer<KnowledgeBaseException> problem, Supplier<T> load, T otherwise) {
        try {
            return load.get();
        } catch (KnowledgeBaseException e) {
            problem.accept(e);
            return otherwise;
        }
    }

    private static JsonNode read(Path dir, String name) {
        Path p = dir.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new KnowledgeBaseException(name, "(file)", "is missing from " + dir);
        }
        return YamlNodes.read(p, name);
    }

    private static Map<String, Contact> contacts(Path dir) {
        JsonNode root = read(dir, "contacts.yaml");
        YamlNodes f = YamlNodes.of("contacts.yaml");
        Map<String, Contact> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode n = e.getValue();
            if (!key.matches("[a-z0-9_]+")) {
                throw f.error(key, "contact keys use a-z, 0-9 and _ only");
            }
            if (!n.isObject()) {
                throw f.error(key, "must have name, display, sources and reviewed");
            }
            List<String> sources = f.strings(n, "sources", key, true);
            if (sources.isEmpty()) {
                throw f.error(key, "'sources' must name where the number was seen");
            }
            out.put(key, new Contact(key, f.texts(n, "name", key, true), f.texts(n, "display", key, true),
                    Optional.ofNullable(f.texts(n, "hours", key, false)), n.path("emergency").asBoolean(false),
                    sources, f.date(n, "reviewed", key), callers(f, n, key), n.path("children").asBoolean(false)));
        });
        return out;
    }

    private static Contact.Callers callers(YamlNodes f, JsonNode n, String key) {
        String text = f.optionalText(n, "callers", key);
        if (text == null) {
            return Contact.Callers.ANYWHERE;
        }
        return switch (text) {
            case "indonesia" -> Contact.Callers.INDONESIA;
            case "abroad" -> Contact.Callers.ABROAD;
            default -> throw f.error(key, "'callers' must be indonesia or abroad (or left out: anywhere), was '" + text + "'");
        };
    }

    /** The intent files; one that cannot be read is told to {@code problem} and its id (from the name) put in unread. */
    private static Map<String, Intent> intents(Path dir, Map<String, Contact> contacts, Consumer<KnowledgeBaseException> problem,
                                               Set<String> unread) {
        Path folder = dir.resolve("intents");
        if (!Files.isDirectory(folder)) {
            throw new KnowledgeBaseException("intents/", "(directory)", "is missing from " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeBaseException("intents/", "(directory)", "cannot be listed: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new KnowledgeBaseException("intents/", "(directory)", "has no .yaml intent files");
        }
        Map<String, Intent> out = new LinkedHashMap<>();
        for (Path p : files) {
            String fileName = p.getFileName().toString();
            String name = "intents/" + fileName;
            Intent intent = part(problem, () -> {
                Intent i = intent(YamlNodes.read(p, name), YamlNodes.of(name), contacts);
                if (!fileName.equals(i.id() + ".yaml")) {
                    throw new KnowledgeBaseException(name, i.id(), "file name must be " + i.id() + ".yaml");
                }
                return i;
            }, null);
            if (intent == null) {
                unread.add(fileName.substring(0, fileName.length() - ".yaml".length()));
            } else {
                out.put(intent.id(), intent);
            }
        }
        for (Intent i : out.values()) {
            for (String s : i.suggestions()) {
                if (!out.containsKey(s) && !unread.contains(s)) {
                    problem.accept(new KnowledgeBaseException(i.file(), i.id(), "suggestion '" + s + "' is not an intent in intents/"));
                }
            }
        }
        return out;
    }

    private static Intent intent(JsonNode n, YamlNodes f, Map<String, Contact> contacts) {
        String id = f.text(n, "id", "(top)");
        if (!INTENT_ID.matcher(id).matches()) {
            throw f.error(id, "intent id must look like topic.name (a-z, _ and dots)");
        }
        Texts answer = f.texts(n, "answer", id, true);
        requireContacts(f, id, "answer uses", answer, contacts);
        requireServiceValues(f, id, answer);
        List<String> examples = f.strings(n, "examples", id, true);
        if (examples.isEmpty()) {
            throw f.error(id, "'examples' needs at least one training example");
        }
        String reviewed = f.optionalText(n, "reviewed", id);
        return new Intent(id, f.risk(n, id), Optional.ofNullable(f.texts(n, "title", id, false)).orElse(Texts.of(id, null)),
                examples, answer, f.strings(n, "suggestions", id, false), f.strings(n, "sources", id, false),
                reviewed == null ? null : f.date(n, "reviewed", id), f.file);
    }

    private static Map<String, Texts> messages(Path dir, Map<String, Contact> contacts) {
        JsonNode root = read(dir, "messages.yaml");
        YamlNodes f = YamlNodes.of("messages.yaml");
        Map<String, Texts> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (e.getKey().equals("menu")) {
                return;
            }
            Texts t = f.texts(root, e.getKey(), e.getKey(), true);
            requireContacts(f, e.getKey(), "uses", t, contacts);
            out.put(e.getKey(), t);
        });
        return out;
    }

    /** Refuses a {{key}} that contacts.yaml does not have; when contacts.yaml itself could not be read, nothing is said. */
    private static void requireContacts(YamlNodes f, String entry, String what, Texts texts, Map<String, Contact> contacts) {
        if (contacts == null) {
            return;
        }
        for (String text : texts.byLang().values()) {
            for (String key : Placeholders.keys(text)) {
                if (!contacts.containsKey(key)) {
                    throw f.error(entry, what + " {{" + key + "}} but contacts.yaml has no '" + key + "'");
                }
            }
        }
    }

    /** Refuses a {name} in an answer that the running service does not fill in (a typo would reach the person). */
    private static void requireServiceValues(YamlNodes f, String entry, Texts texts) {
        for (String text : texts.byLang().values()) {
            for (String name : Placeholders.valueNames(text)) {
                if (!Placeholders.SERVICE_VALUES.contains(name)) {
                    throw f.error(entry, "answer uses {" + name + "}, which the service does not fill in; it knows "
                            + String.join(", ", new java.util.TreeSet<>(Placeholders.SERVICE_VALUES)));
                }
            }
        }
    }

    private static List<MenuItem> menu(Path dir, Set<String> intents) {
        JsonNode root = read(dir, "messages.yaml");
        YamlNodes f = YamlNodes.of("messages.yaml");
        JsonNode items = root.path("menu");
        if (!items.isArray() || items.isEmpty()) {
            throw f.error("menu", "needs a list of items with payload and label");
        }
        List<MenuItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String entry = "menu item " + (i + 1);
            String payload = f.text(items.get(i), "payload", entry);
            if (!payload.startsWith("/") && !intents.contains(payload)) {
                throw f.error(entry, "payload '" + payload + "' is neither a /command nor an intent");
            }
            out.add(new MenuItem(payload, f.texts(items.get(i), "label", entry, true)));
        }
        return out;
    }

    private static Map<String, List<String>> topics(Path dir, Set<String> intents) {
        JsonNode root = read(dir, "topics.yaml");
        YamlNodes f = YamlNodes.of("topics.yaml");
        Map<String, List<String>> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            List<String> ids = f.strings(root, e.getKey(), e.getKey(), true);
            for (String id : ids) {
                if (!intents.contains(id)) {
                    throw f.error(e.getKey(), "intent '" + id + "' is not in intents/");
                }
            }
            out.put(e.getKey(), ids);
        });
        return out;
    }

    /** names.yaml is optional: without it no name settles a topic. */
    private static List<NamedTopic> names(Path dir, Set<String> intents, Map<String, String> slang) {
        if (!Files.exists(dir.resolve(NAMES))) {
            return List.of();
        }
        JsonNode root = read(dir, NAMES);
        YamlNodes f = YamlNodes.of(NAMES);
        List<NamedTopic> out = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            String name = e.getKey();
            List<String> words = new ArrayList<>();
            for (String w : f.strings(e.getValue(), "words", name, true)) {
                String word = w.toLowerCase(java.util.Locale.ROOT);
                if (!word.matches("[a-z0-9]+( [a-z0-9]+)*")) {
                    throw f.error(name, "word '" + w + "' must be letters and digits separated by single spaces");
                }
                for (String part : word.split(" ")) {
                    if (slang.containsKey(part)) {
                        throw f.error(name, "word '" + part + "' is never seen: slang.yaml turns it into '"
                                + slang.get(part) + "'; write that instead");
                    }
                }
                words.add(word);
            }
            List<String> ids = f.strings(e.getValue(), "intents", name, true);
            for (String id : ids) {
                if (!intents.contains(id)) {
                    throw f.error(name, "intent '" + id + "' is not in intents/");
                }
            }
            if (words.isEmpty() || ids.isEmpty()) {
                throw f.error(name, "needs at least one word and one intent");
            }
            out.add(new NamedTopic(name, words, ids));
        });
        return out;
    }

    private static Map<String, String> slang(Path dir) {
        JsonNode root = read(dir, "slang.yaml");
        YamlNodes f = YamlNodes.of("slang.yaml");
        Map<String, String> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getValue().isValueNode()) {
                throw f.error(e.getKey(), "must map a word to its standard form (word: standard)");
            }
            out.put(e.getKey().toLowerCase(java.util.Locale.ROOT), e.getValue().asText().toLowerCase(java.util.Locale.ROOT).strip());
        });
        return out;
    }

    private static Map<String, Risk> taxonomy(Path dir) {
        JsonNode root = read(dir, "taxonomy.yaml");
        YamlNodes f = YamlNodes.of("taxonomy.yaml");
        Map<String, Risk> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            try {
                out.put(e.getKey(), Risk.parse(e.getValue().asText()));
            } catch (IllegalArgumentException ex) {
                throw f.error(e.getKey(), ex.getMessage());
            }
        });
        return out;
    }
}

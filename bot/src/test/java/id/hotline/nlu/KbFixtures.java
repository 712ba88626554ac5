package id.hotline.nlu;

import id.hotline.domain.Classification;
import id.hotline.domain.ScoredIntent;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Knowledge bases for NLU tests: the project's real slang and lexicon, and small in-code example sets. */
public final class KbFixtures {
    private KbFixtures() {
    }

    /** The repository's knowledge-base/ folder (surefire passes it as hotline.kb). */
    public static Path repositoryKb() {
        return Path.of(System.getProperty("hotline.kb", "../knowledge-base"));
    }

    /**
     * A knowledge base with the repository's slang.yaml, indicators.yaml and taxonomy.yaml, written to {@code dir}
     * with minimal other files and a two-example stub for every taxonomy intent (this branch carries the slang and
     * lexicon; the intents and messages are written elsewhere), so tests use the real lexicon whatever the content.
     */
    public static KnowledgeBase repositoryKbWithStubs(Path dir) {
        try {
            Path source = repositoryKb();
            for (String name : List.of("slang.yaml", "indicators.yaml", "taxonomy.yaml")) {
                Files.copy(source.resolve(name), dir.resolve(name));
            }
            Files.writeString(dir.resolve("contacts.yaml"), "{}\n");
            Files.writeString(dir.resolve("topics.yaml"), "{}\n");
            Files.writeString(dir.resolve("messages.yaml"), "menu:\n  - payload: /bantuan\n    label: {id: Bantuan}\n");
            Files.createDirectories(dir.resolve("intents"));
            for (String line : Files.readAllLines(source.resolve("taxonomy.yaml"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split(":");
                    Files.writeString(dir.resolve("intents").resolve(parts[0].trim() + ".yaml"), stub(parts[0].trim(), parts[1].trim()));
                }
            }
            return KnowledgeBaseLoader.load(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stub(String id, String risk) {
        return "id: " + id + "\nrisk: " + risk + "\nanswer:\n  id: jawaban " + id + "\n"
                + "examples:\n  - contoh pertama " + id + "\n  - contoh kedua " + id + "\n";
    }

    /** Labelled examples from a map intent -> examples. */
    public static List<LabelledText> examples(Map<String, List<String>> byIntent) {
        List<LabelledText> out = new ArrayList<>();
        byIntent.forEach((intent, texts) -> texts.forEach(t -> out.add(new LabelledText(t, intent))));
        return out;
    }

    /** A classification that says nothing about risk: all probability on an ordinary intent. */
    public static Classification neutral() {
        return new Classification("out_of_scope", 1.0, List.of(new ScoredIntent("out_of_scope", 1.0)));
    }

    /** A classification with the given scores, best first. */
    public static Classification scored(Object... intentThenScore) {
        List<ScoredIntent> ranking = new ArrayList<>();
        for (int i = 0; i < intentThenScore.length; i += 2) {
            ranking.add(new ScoredIntent((String) intentThenScore[i], ((Number) intentThenScore[i + 1]).doubleValue()));
        }
        return new Classification(ranking.get(0).intent(), ranking.get(0).score(), ranking);
    }
}

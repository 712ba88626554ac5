package id.hotline.cli;

import id.hotline.config.Config;
import id.hotline.knowledge.KbLint;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseException;
import id.hotline.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** Checks the knowledge base; prints one line per problem and exits 1 when there is any. */
@Command(name = "kb-lint", description = "Validate the knowledge base (taxonomy coverage, examples, languages, sources, contacts).")
public final class KbLintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kb", description = "knowledge base folder (default: HOTLINE_KB or ./knowledge-base)")
    Path kb;

    @Option(names = "--min-examples", defaultValue = "" + KbLint.MIN_EXAMPLES, description = "minimum distinct examples per intent")
    int minExamples;

    @Option(names = "--today", description = "date to check review ages against (default: today)")
    LocalDate today;

    @Override
    public Integer call() {
        Path dir = kb != null ? kb : Config.fromEnv().kb();
        List<String> problems;
        KnowledgeBase base = null;
        try {
            base = KnowledgeBaseLoader.load(dir);
            problems = new KbLint(minExamples, today != null ? today : LocalDate.now()).check(base);
        } catch (KnowledgeBaseException e) {
            problems = List.of(e.getMessage());
        }
        problems.forEach(p -> spec.commandLine().getOut().println(p));
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("kb-lint: ok (" + base.intents().size() + " intents, "
                    + base.intents().values().stream().mapToInt(i -> i.examples().size()).sum() + " examples, "
                    + base.contacts().size() + " contacts)");
            return 0;
        }
        spec.commandLine().getErr().println("kb-lint: " + problems.size() + " problem(s)");
        return 1;
    }
}

package id.hotline.cli;

import id.hotline.config.Config;
import id.hotline.knowledge.KbLint;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** Checks the knowledge base; prints one line per problem, all of them in one run, and exits 1 when there is any. */
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
        KnowledgeBaseLoader.Partial loaded = KnowledgeBaseLoader.loadReportingAll(dir);
        KbLint.Findings found = new KbLint(minExamples, today != null ? today : LocalDate.now()).findings(loaded);
        found.all().forEach(p -> spec.commandLine().getOut().println(p));
        if (found.all().isEmpty()) {
            KnowledgeBase base = loaded.kb();
            spec.commandLine().getOut().println("kb-lint: ok (" + base.intents().size() + " intents, "
                    + base.intents().values().stream().mapToInt(i -> i.examples().size()).sum() + " examples, "
                    + base.contacts().size() + " contacts)");
            return 0;
        }
        spec.commandLine().getErr().println("kb-lint: " + found.all().size() + " problem(s)" + (found.warnings().isEmpty() ? ""
                : ", of which " + found.warnings().size() + " review(s) due: a reload still accepts those"));
        return 1;
    }
}

package id.hotline.cli;

import id.hotline.config.Config;
import id.hotline.knowledge.Indicator;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseException;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.nlu.ClassifierSettings;
import id.hotline.nlu.LabelledText;
import id.hotline.nlu.NluResources;
import id.hotline.nlu.NluSettings;
import id.hotline.nlu.RiskThresholds;
import id.hotline.nlu.eval.EvalComparison;
import id.hotline.nlu.eval.EvalExample;
import id.hotline.nlu.eval.EvalPrinter;
import id.hotline.nlu.eval.EvalReport;
import id.hotline.nlu.eval.Evaluation;
import id.hotline.nlu.eval.LabelledDataReader;
import id.hotline.nlu.eval.Prediction;
import id.hotline.nlu.eval.TypingNoise;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** Measures the NLU: k-fold cross-validation on the knowledge base, or train/test on labelled files. */
@Command(name = "nlu-eval", mixinStandardHelpOptions = true, description = {
        "Measure how well the classifier understands, on the knowledge base or on labelled files.",
        "Without files: stratified k-fold cross-validation over the knowledge base's examples.",
        "--test FILE: train on the knowledge base (or --train FILE), test on FILE.",
        "Files are JSON lines {\"text\", \"label\" or \"intent\", optional \"escalate\"} or CSV with columns text,label.",
        "The last line printed is always: accuracy=0.xxxx macro_f1=0.xxxx"})
public final class NluEvalCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kb", paramLabel = "DIR", description = "knowledge base folder (default: HOTLINE_KB or ./knowledge-base)")
    Path kb;
    @Option(names = "--train", paramLabel = "FILE", description = "train on this labelled file instead of the knowledge base")
    Path train;
    @Option(names = "--test", paramLabel = "FILE", description = "test on this labelled file")
    Path test;
    @Option(names = "--folds", defaultValue = "5", description = "cross-validation folds (default ${DEFAULT-VALUE})")
    int folds;
    @Option(names = "--seed", defaultValue = "42", description = "shuffle seed for the folds (default ${DEFAULT-VALUE})")
    long seed;
    @Option(names = "--report", paramLabel = "FILE", description = "also write/update this markdown report")
    Path report;
    @Option(names = "--show-errors", description = "cross-validation only: list the misclassified examples")
    boolean showErrors;
    @Option(names = "--compare-kb", paramLabel = "DIR", description = "with --test: also train on the knowledge base in "
            + "DIR (a copy from before an edit) and list the test lines whose intent or case decision differs")
    Path compareKb;
    @Option(names = "--algorithm", description = "MAXENT, MAXENT_QN, NAIVEBAYES or PERCEPTRON")
    String algorithm = ClassifierSettings.DEFAULT.algorithm();
    @Option(names = "--iterations")
    int iterations = ClassifierSettings.DEFAULT.iterations();
    @Option(names = "--cutoff")
    int cutoff = ClassifierSettings.DEFAULT.cutoff();
    @Option(names = "--char-min", description = "shortest character n-gram, 0 = none")
    int charMin = ClassifierSettings.DEFAULT.charMin();
    @Option(names = "--char-max")
    int charMax = ClassifierSettings.DEFAULT.charMax();
    @Option(names = "--no-bigrams", description = "no stemmed word bigrams")
    boolean noBigrams;
    @Option(names = "--l2", description = "L2 cost for MAXENT_QN")
    double l2 = ClassifierSettings.DEFAULT.l2();
    @Option(names = "--noise", paramLabel = "KIND", description = "test only: write two words per test line with "
            + "typing slips (SLIPS) or without vowels (VOWELS), seeded by --seed, to measure how the NLU copes")
    TypingNoise.Kind noise;
    @Option(names = "--no-mending", description = "do not mend typing slips or dropped vowels (to measure what mending gives)")
    boolean noMending;
    @Option(names = "--risk-top")
    double riskTop = RiskThresholds.DEFAULT.top();
    @Option(names = "--risk-emergency")
    double riskEmergency = RiskThresholds.DEFAULT.emergency();
    @Option(names = "--risk-mass")
    double riskMass = RiskThresholds.DEFAULT.mass();
    @Option(names = "--risk-offer")
    double riskOffer = RiskThresholds.DEFAULT.offer();

    public static void main(String[] args) {
        System.exit(new CommandLine(new NluEvalCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        try (LogsToStderr ignored = new LogsToStderr()) {
            return evaluate(spec.commandLine().getOut());
        }
    }

    private int evaluate(PrintWriter out) throws java.io.IOException {
        if (train != null && test == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--train needs --test");
        }
        if (showErrors && test != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--show-errors is for cross-validation only: test files measure, they are not read line by line");
        }
        if (noise != null && test == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--noise needs --test");
        }
        if (compareKb != null && (test == null || train != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--compare-kb needs --test and compares two knowledge bases, not a --train file");
        }
        if (compareKb != null && !Files.isDirectory(compareKb)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--compare-kb: no folder " + compareKb);
        }
        NluSettings settings = new NluSettings(
                new ClassifierSettings(algorithm, iterations, cutoff, charMin, charMax, !noBigrams, l2),
                new RiskThresholds(riskTop, riskEmergency, riskMass, riskOffer), !noMending);
        Path dir = kb != null ? kb : Config.fromEnv().kb();
        // Under the hotline command the original arguments start with the subcommand's own name; standalone they do not.
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        String command = "nlu-eval " + String.join(" ",
                !args.isEmpty() && args.get(0).equals("nlu-eval") ? args.subList(1, args.size()) : args);
        Evaluation evaluation;
        String key;
        String title;
        if (test == null) {
            KnowledgeBase base = KnowledgeBaseLoader.load(dir);
            Set<String> signals = signalIntents(base.indicators());
            evaluation = Evaluation.crossValidate(NluResources.of(base), settings, folds, seed, signals::contains);
            key = "cv:" + dir.toAbsolutePath().normalize().getFileName();
            title = folds + "-fold cross-validation on the knowledge base (" + dir + ")";
        } else {
            NluResources resources = train == null ? NluResources.of(KnowledgeBaseLoader.load(dir)) : fileResources(dir);
            List<EvalExample> lines = LabelledDataReader.read(test);
            warnOfSeenLines(resources.examples(), lines, out);
            if (noise != null) {
                lines = TypingNoise.apply(lines, noise, seed);
            }
            evaluation = Evaluation.holdOut(resources, settings, lines);
            if (compareKb != null) {
                Evaluation before = Evaluation.holdOut(NluResources.of(KnowledgeBaseLoader.load(compareKb)), settings, lines);
                EvalComparison.of(before, evaluation).print(compareKb.toString(), out);
            }
            String trainedOn = train == null ? "the knowledge base " + dir : train.getFileName().toString();
            String noisy = noise == null ? null : noise.name().toLowerCase(java.util.Locale.ROOT);
            key = "test:" + test.getFileName() + (noisy == null ? "" : "+" + noisy) + ":"
                    + (train == null ? dir.toAbsolutePath().normalize().getFileName() : train.getFileName());
            title = "Test on " + test.getFileName() + (noisy == null ? "" : " with " + noisy + " (seed " + seed + ")")
                    + " (trained on " + trainedOn + ")";
        }
        if (showErrors) {
            printErrors(evaluation, out);
        }
        if (report != null) {
            EvalReport.write(report, key, title, command, settings.classifier().describe(), evaluation, null);
        }
        EvalPrinter.print(evaluation, title + " | " + settings.classifier().describe(), out, 15);
        return 0;
    }

    /** Labelled training file, with the knowledge base's slang when one can be loaded. */
    private NluResources fileResources(Path dir) throws java.io.IOException {
        List<LabelledText> examples = LabelledDataReader.read(train).stream().map(EvalExample::labelled).toList();
        Map<String, String> slang;
        try {
            slang = KnowledgeBaseLoader.load(dir).slang();
        } catch (KnowledgeBaseException e) {
            spec.commandLine().getErr().println("no slang dictionary (" + e.getMessage() + "); continuing without");
            slang = Map.of();
        }
        return new NluResources(slang, List.of(), examples);
    }

    /** A test line that is also a training example measures memory, not understanding: how many, never which. */
    static void warnOfSeenLines(List<LabelledText> training, List<EvalExample> test, PrintWriter out) {
        long both = Evaluation.alsoInTraining(training, test);
        if (both > 0) {
            out.printf(java.util.Locale.ROOT, "warning: %d of %d test lines are also training examples; remove them from "
                    + "the training data, or the test measures memory%n", both, test.size());
        }
    }

    /** Intents an escalate/emergency indicator links to: their examples must open a case. */
    static Set<String> signalIntents(List<Indicator> indicators) {
        Set<String> out = new HashSet<>();
        indicators.stream().filter(i -> i.risk().opensCase()).forEach(i -> out.addAll(i.intents()));
        return out;
    }

    private static void printErrors(Evaluation e, PrintWriter out) {
        for (Prediction p : e.predictions()) {
            if (!p.correct() || (p.mustEscalate() != null && p.mustEscalate() != p.escalated())) {
                out.printf(java.util.Locale.ROOT, "%s -> %s %.2f risk=%s %s | %s%n", p.gold(), p.predicted(), p.confidence(),
                        p.analysis().risk().risk().wire(), p.analysis().risk().indicators(), p.text());
            }
        }
    }
}

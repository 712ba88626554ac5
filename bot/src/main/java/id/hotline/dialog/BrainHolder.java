package id.hotline.dialog;

import id.hotline.knowledge.KbLint;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseException;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.nlu.Nlu;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live knowledge base and classifier. A reload goes live only when the new content loads and kb-lint finds no
 * error in it; otherwise the old content stays live. Reviews that are due are warnings and never block a reload.
 */
public final class BrainHolder implements Supplier<Brain> {
    private static final Logger LOG = LoggerFactory.getLogger(BrainHolder.class);
    private final Path dir;
    private final Function<KnowledgeBase, Nlu> trainer;
    private final Function<KnowledgeBaseLoader.Partial, KbLint.Findings> lint;
    private final AtomicReference<Brain> current = new AtomicReference<>();

    /** A reload that went live, with kb-lint's warnings about the new content (reviews due). */
    public record Reloaded(Brain brain, List<String> warnings) {
        public Reloaded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Loads and trains once. Content that does not load throws here, so the service does not start. Content that
     * loads but breaks kb-lint's rules starts with one WARN line per problem: at start there is no older content to
     * keep, and a hotline that answers beats one that does not.
     *
     * @param lint kb-lint's rules as of today
     */
    public BrainHolder(Path dir, Function<KnowledgeBase, Nlu> trainer,
                       Function<KnowledgeBaseLoader.Partial, KbLint.Findings> lint) {
        this.dir = dir;
        this.trainer = trainer;
        this.lint = lint;
        KnowledgeBase kb = KnowledgeBaseLoader.load(dir);
        lint.apply(new KnowledgeBaseLoader.Partial(kb, List.of(), Set.of())).all().forEach(p -> LOG.warn("knowledge base (kb-lint): {}", p));
        current.set(new Brain(kb, trainer.apply(kb)));
    }

    @Override
    public Brain get() {
        return current.get();
    }

    /**
     * Loads, checks and trains again. Content that does not load, or has kb-lint errors, throws a
     * {@link KnowledgeBaseException} naming every problem kb-lint lists (a file that does not load does not hide the
     * others), and the old content stays live.
     */
    public synchronized Reloaded reload() {
        KnowledgeBaseLoader.Partial loaded = KnowledgeBaseLoader.loadReportingAll(dir);
        KbLint.Findings found = lint.apply(loaded);
        if (!found.errors().isEmpty()) {
            throw KnowledgeBaseException.refused(found.errors(), found.warnings());
        }
        KnowledgeBase kb = loaded.kb(); // no load problem: the whole knowledge base
        Brain next = new Brain(kb, trainer.apply(kb));
        current.set(next);
        return new Reloaded(next, found.warnings());
    }
}

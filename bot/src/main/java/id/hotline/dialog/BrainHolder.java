package id.hotline.dialog;

import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.nlu.Nlu;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/** The live knowledge base and classifier. A reload that fails keeps the old content live. */
public final class BrainHolder implements Supplier<Brain> {
    private final Path dir;
    private final Function<KnowledgeBase, Nlu> trainer;
    private final AtomicReference<Brain> current = new AtomicReference<>();

    /** Loads and trains once; a broken knowledge base throws here, so the service does not start. */
    public BrainHolder(Path dir, Function<KnowledgeBase, Nlu> trainer) {
        this.dir = dir;
        this.trainer = trainer;
        current.set(build());
    }

    private Brain build() {
        KnowledgeBase kb = KnowledgeBaseLoader.load(dir);
        return new Brain(kb, trainer.apply(kb));
    }

    @Override
    public Brain get() {
        return current.get();
    }

    /** Loads and trains again; on any problem the old content stays live and the exception says why. */
    public synchronized Brain reload() {
        Brain next = build();
        current.set(next);
        return next;
    }
}

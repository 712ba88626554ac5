package id.hotline.nlu.bench;

import id.hotline.domain.Analysis;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.KnowledgeBaseLoader;
import id.hotline.nlu.NluPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Classification speed of the whole NLU (normalise, classify, risk, language) and training time.
 * Run as documented in docs/benchmarks.md; -Dbench.kb=DIR picks the knowledge base (default ./knowledge-base).
 */
@State(Scope.Benchmark)
public class ClassificationBenchmark {
    /** Typical messages, short and long, clean and chat-style; written for the benchmark. */
    private static final String[] MESSAGES = {
            "halo kak",
            "syarat jd pmi ke taiwan apa aja ya kak",
            "brp biaya penempatan ke hongkong skrg?",
            "gaji sy udh 4 bln gk dibayar sm majikan, trs paspor jg dipegang agen, gmn ini",
            "tolooong saya dikunci di kamar sama majikan!!!",
            "What are the requirements to work in Hong Kong?",
            "atensi itu apa ya? saya baru pulang dari malaysia dan bingung mau mulai usaha apa",
            "makasih banyak infonya min 🙏",
            "ada lowongan kerja di kamboja gaji 15 juta, katanya tanpa biaya, aman gak?",
            "saya mau hapus data saya",
    };

    private KnowledgeBase kb;
    private NluPipeline nlu;
    private final AtomicInteger next = new AtomicInteger();

    @Setup
    public void setUp() {
        kb = KnowledgeBaseLoader.load(Path.of(System.getProperty("bench.kb", "knowledge-base")));
        nlu = NluPipeline.train(kb);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Analysis analyse() {
        return nlu.analyse(MESSAGES[Math.floorMod(next.getAndIncrement(), MESSAGES.length)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Analysis analyseTwoThreads() {
        return nlu.analyse(MESSAGES[Math.floorMod(next.getAndIncrement(), MESSAGES.length)]);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public NluPipeline train() {
        return NluPipeline.train(kb);
    }
}

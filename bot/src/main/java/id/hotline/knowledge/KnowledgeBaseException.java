package id.hotline.knowledge;

import java.util.List;

/**
 * A knowledge-base file that cannot be used, or new content that kb-lint's rules refuse. The message is one line:
 * file, entry, problem; {@link #problems()} lists every problem, one line each.
 */
public final class KnowledgeBaseException extends RuntimeException {
    private final transient List<String> problems;

    public KnowledgeBaseException(String file, String entry, String problem) {
        super(file + ": " + entry + ": " + problem);
        this.problems = List.of(getMessage());
    }

    /** A problem with the knowledge base as a whole (not one file), in one line. */
    public KnowledgeBaseException(String message) {
        this(message, List.of(message));
    }

    private KnowledgeBaseException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** Content that loads but has problems kb-lint reports as errors: it must not go live. */
    public static KnowledgeBaseException refused(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("nothing to refuse");
        }
        return new KnowledgeBaseException("kb-lint finds " + problems.size() + " problem(s), the first: " + problems.get(0),
                problems);
    }

    /** Every problem, one line each: the message itself for a file that cannot be used. */
    public List<String> problems() {
        return problems;
    }
}

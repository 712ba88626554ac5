package id.hotline.knowledge;

import java.util.List;

/**
 * A knowledge-base file that cannot be used, or new content that kb-lint's rules refuse. The message is one line:
 * file, entry, problem; {@link #problems()} lists every problem, one line each.
 */
public final class KnowledgeBaseException extends RuntimeException {
    private final transient List<String> problems;
    private final transient List<String> warnings;

    public KnowledgeBaseException(String file, String entry, String problem) {
        super(file + ": " + entry + ": " + problem);
        this.problems = List.of(getMessage());
        this.warnings = List.of();
    }

    /** A problem with the knowledge base as a whole (not one file), in one line. */
    public KnowledgeBaseException(String message) {
        this(message, List.of(message), List.of());
    }

    private KnowledgeBaseException(String message, List<String> problems, List<String> warnings) {
        super(message);
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Content with errors kb-lint reports (files that do not load, broken rules): it must not go live. The warnings
     * (reviews due) come along, so the editor sees every problem kb-lint lists at once.
     */
    public static KnowledgeBaseException refused(List<String> errors, List<String> warnings) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("nothing to refuse");
        }
        return new KnowledgeBaseException("kb-lint finds " + errors.size() + " problem(s), the first: " + errors.get(0),
                errors, warnings);
    }

    /** Every problem, one line each: the message itself for a file that cannot be used. */
    public List<String> problems() {
        return problems;
    }

    /** kb-lint's warnings about refused content (reviews due): they alone would not have refused it. */
    public List<String> warnings() {
        return warnings;
    }
}

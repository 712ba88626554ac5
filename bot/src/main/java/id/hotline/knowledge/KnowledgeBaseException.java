package id.hotline.knowledge;

/** A knowledge-base file that cannot be used. The message is one line: file, entry, problem. */
public final class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String file, String entry, String problem) {
        super(file + ": " + entry + ": " + problem);
    }
}

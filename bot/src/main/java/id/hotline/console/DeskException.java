package id.hotline.console;

/** A console request that cannot be done, with the reason a counselor reads. The web layer maps the kind to a 4xx. */
public final class DeskException extends RuntimeException {
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;

    public DeskException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static DeskException notFound(String what) {
        return new DeskException(Kind.NOT_FOUND, what + " tidak ditemukan");
    }

    public static DeskException conflict(String message) {
        return new DeskException(Kind.CONFLICT, message);
    }

    public static DeskException invalid(String message) {
        return new DeskException(Kind.INVALID, message);
    }

    public static DeskException forbidden(String message) {
        return new DeskException(Kind.FORBIDDEN, message);
    }
}

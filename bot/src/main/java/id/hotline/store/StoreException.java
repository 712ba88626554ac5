package id.hotline.store;

/** The database failed (disk, lock, corruption). Not the caller's fault. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

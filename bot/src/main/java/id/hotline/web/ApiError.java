package id.hotline.web;

/** A caller's mistake: answered as JSON {"error": message} with this 4xx status. */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}

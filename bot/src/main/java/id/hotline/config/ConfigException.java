package id.hotline.config;

/** A configuration value that cannot be used; the message is one line naming the variable to fix. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}

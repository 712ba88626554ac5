package id.hotline.console;

/** Counts failed logins per key (the caller's IP address) and says when a key must wait. */
public interface LoginThrottle {
    boolean blocked(String key);

    void failed(String key);
}

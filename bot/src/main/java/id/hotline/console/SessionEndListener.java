package id.hotline.console;

/**
 * Told when console sessions end before their time runs out, so what they hold open (live event streams) closes at
 * once instead of at the next periodic check.
 */
public interface SessionEndListener {
    /** The session with this token hash ended: logout, or found idle. */
    void sessionEnded(String tokenHash);

    /** Every session of this account ended: the account was disabled or its password reset. */
    void accountSessionsEnded(long accountId);
}

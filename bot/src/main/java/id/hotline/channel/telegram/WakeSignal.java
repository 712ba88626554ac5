package id.hotline.channel.telegram;

/** Lets a worker sleep until there is new work or a timeout, without missing a wake-up that came while it was busy. */
final class WakeSignal {
    private boolean signalled;

    synchronized void wake() {
        signalled = true;
        notifyAll();
    }

    /** Waits up to waitMs unless woken since the last call (0 = do not wait); false when the thread was interrupted. */
    synchronized boolean await(long waitMs) {
        try {
            if (!signalled && waitMs > 0) {
                wait(waitMs);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            signalled = false;
        }
    }
}

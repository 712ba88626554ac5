package id.hotline.cli;

import java.io.PrintStream;

/**
 * While open, anything printed to System.out (library logging with a console appender, OpenNLP's training
 * messages) goes to System.err, so a command's own output stream stays machine-readable.
 */
final class LogsToStderr implements AutoCloseable {
    private final PrintStream original = System.out;

    LogsToStderr() {
        System.setOut(System.err);
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}

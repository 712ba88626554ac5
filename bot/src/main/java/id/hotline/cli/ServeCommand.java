package id.hotline.cli;

import id.hotline.Hotline;
import id.hotline.config.Config;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Starts the service with the configuration from the environment and runs until stopped. */
@Command(name = "serve", description = "Start the hotline (web chat, console, API, Telegram when configured).")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        Config config = Config.fromEnv();
        Hotline hotline = Hotline.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(hotline::close, "hotline-shutdown"));
        return 0;
    }
}

package id.hotline;

import id.hotline.cli.HotlineCommand;
import picocli.CommandLine;

/** Entry point of hotline.jar: `serve` (the default), `classify`, `nlu-eval`, `kb-lint`, `backup`, `restore`. */
public final class App {
    private App() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"serve"} : args;
        int code = HotlineCommand.commandLine().execute(effective);
        if (code != 0 || !"serve".equals(effective[0])) {
            System.exit(code);
        }
    }
}

package id.hotline.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hotline.jar started with a setting it cannot use: one line saying what to fix, exit code 2, no stack trace, and
 * before the knowledge base is loaded (the operator does not wait for it).
 */
class StartupErrorsIT {
    @TempDir
    Path tmp;

    private Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("HOTLINE_HOST", "127.0.0.1", "HOTLINE_PORT", "0",
                "HOTLINE_DB", tmp.resolve("data").resolve("hotline.db").toString(),
                "HOTLINE_KB", Path.of(System.getProperty("hotline.kb")).toAbsolutePath().toString()));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private JarCli serve(Map<String, String> env) throws Exception {
        return JarCli.run(env, tmp, "serve");
    }

    private static void assertOneLine(JarCli run, String line) {
        assertThat(run.out()).isEqualTo(line + System.lineSeparator());
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void a_port_in_use_is_one_line_and_exit_2_before_the_knowledge_base_or_database_is_touched() throws Exception {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("127.0.0.1", 0));
            String port = Integer.toString(held.getLocalPort());
            String expected = "hotline: HOTLINE_PORT " + port + " is already in use on 127.0.0.1; "
                    + "stop the other program or choose another port";
            assertOneLine(serve(env("HOTLINE_PORT", port)), expected);
            // a knowledge base that does not exist is not even looked at: the port comes first
            assertOneLine(serve(env("HOTLINE_PORT", port, "HOTLINE_KB", tmp.resolve("no-kb").toString())), expected);
            assertThat(tmp.resolve("data")).doesNotExist();
        }
    }

    @Test
    void a_listening_address_that_is_not_an_ip_address_is_one_line() throws Exception {
        assertOneLine(serve(env("HOTLINE_HOST", "localhost")), "hotline: HOTLINE_HOST must be an IP address to listen on, "
                + "such as 0.0.0.0 (every interface), 127.0.0.1 (this machine only, behind nginx) or ::1 (IPv6, this machine "
                + "only), was 'localhost'");
    }

    @Test
    void a_database_path_through_a_file_names_hotline_db_and_the_file() throws Exception {
        Path file = Files.writeString(tmp.resolve("hotline.jar"), "x");
        Path db = file.resolve("x.db");
        assertOneLine(serve(env("HOTLINE_DB", db.toString())),
                "hotline: HOTLINE_DB " + db + ": cannot create its folder: " + file + " is a file, not a folder");
    }

    @Test
    void an_admin_name_the_console_would_refuse_is_one_line() throws Exception {
        assertOneLine(serve(env("HOTLINE_ADMIN_USER", "qa", "HOTLINE_ADMIN_PASSWORD", "a-long-password-1")),
                "hotline: HOTLINE_ADMIN_USER must be 3-32 letters, digits, '.', '_' or '-', was 'qa'");
    }

    @Test
    void a_knowledge_base_path_that_is_a_file_says_it_is_not_a_folder() throws Exception {
        Path file = Files.writeString(tmp.resolve("README.md"), "x");
        assertOneLine(serve(env("HOTLINE_KB", file.toString())), "hotline: the knowledge base " + file
                + " is not a folder; set HOTLINE_KB (the command-line tools: --kb) to the knowledge-base folder");
    }

    @Test
    void version_prints_the_maven_project_version_from_the_jar() throws Exception {
        JarCli run = JarCli.run(Map.of(), tmp, "--version");
        assertThat(run.out()).isEqualTo("hotline " + System.getProperty("hotline.version") + System.lineSeparator());
        assertThat(run.code()).isZero();
    }
}

package id.hotline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.hotline.config.Config;
import id.hotline.load.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The files in deploy/ that cannot run here (Docker, nginx) are checked for what matters; the unit is run. */
class DeployIT {
    @TempDir
    Path tmp;

    @Test
    void env_example_lists_exactly_the_variables_config_reads() throws Exception {
        assertThat(DeployFiles.envExample().keySet()).containsExactlyInAnyOrderElementsOf(Config.variables());
    }

    @Test
    void env_example_documents_the_real_defaults() throws Exception {
        Config defaults = Config.fromEnv(Map.of());
        for (DeployFiles.EnvEntry e : DeployFiles.envExample().values()) {
            if (e.documentedDefault() != null) {
                assertThat(Config.fromEnv(Map.of(e.name(), e.documentedDefault()))).as(e.name()).isEqualTo(defaults);
            } else {
                assertThat(e.activeValue()).as(e.name() + " has no default, so the example leaves it unset").isNull();
            }
        }
    }

    @Test
    void env_example_active_values_form_a_valid_configuration() throws Exception {
        Map<String, String> env = new HashMap<>();
        DeployFiles.envExample().values().stream().filter(e -> e.activeValue() != null)
                .forEach(e -> env.put(e.name(), e.activeValue()));
        Config c = Config.fromEnv(env);
        assertThat(c.db()).isEqualTo(Path.of("/var/lib/hotline/hotline.db"));
        assertThat(c.kb()).isEqualTo(Path.of("/opt/hotline/knowledge-base"));
        assertThat(c.host()).as("behind nginx: loopback only").isEqualTo("127.0.0.1");
    }

    @Test
    void systemd_unit_runs_the_jar_as_the_hotline_user_with_the_env_file_and_hardening() throws Exception {
        Map<String, String> unit = DeployFiles.unitKeys(DeployFiles.deploy("hotline.service"));
        assertThat(DeployFiles.words(unit.get("ExecStart"))).contains("-jar", "/opt/hotline/hotline.jar").first()
                .isEqualTo("/usr/bin/java");
        assertThat(unit).containsEntry("User", "hotline").containsEntry("Group", "hotline")
                .containsEntry("EnvironmentFile", "/etc/hotline/env").containsEntry("WorkingDirectory", "/var/lib/hotline")
                .containsEntry("StateDirectory", "hotline").containsEntry("NoNewPrivileges", "yes")
                .containsEntry("ProtectSystem", "strict").containsEntry("ReadWritePaths", "/var/lib/hotline")
                .containsEntry("PrivateTmp", "yes").containsEntry("SuccessExitStatus", "143")
                .containsEntry("Environment", "HOTLINE_HOST=127.0.0.1");
    }

    @Test
    void systemd_analyze_verify_accepts_the_unit_without_warnings() throws Exception {
        assumeTrue(new File("/usr/bin/systemd-analyze").canExecute(), "systemd-analyze is not installed");
        Path copy = Files.copy(DeployFiles.deploy("hotline.service"), tmp.resolve("hotline.service"));
        Process p = new ProcessBuilder("/usr/bin/systemd-analyze", "verify", copy.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(out).isEmpty();
        assertThat(p.exitValue()).isZero();
    }

    @Test
    void the_jar_runs_the_way_the_unit_runs_it_backs_up_live_and_restores_after_stop() throws Exception {
        Path jar = JarCli.jar();
        Path state = tmp.resolve("var-lib-hotline");
        Map<String, String> env = unitEnvironment(state);
        List<String> command = new ArrayList<>();
        for (String w : DeployFiles.words(DeployFiles.unitKeys(DeployFiles.deploy("hotline.service")).get("ExecStart"))) {
            command.add(w.equals("/opt/hotline/hotline.jar") ? jar.toString() : w);
        }
        Path backup = tmp.resolve("backups").resolve("hotline-1.db");
        try (JarProcess service = JarProcess.start(command, env, state)) {
            Duration startup = service.awaitHealthy(Duration.ofSeconds(90));
            assertThat(startup).isLessThan(Duration.ofSeconds(90));
            assertThat(state.resolve("hotline.db")).exists();
            assertThat(service.logText()).contains("Listening on http://127.0.0.1:" + env.get("HOTLINE_PORT") + "/");

            JarCli live = JarCli.run(env, state, "backup", backup.toString(), "--db", state.resolve("hotline.db").toString());
            assertThat(live.code()).as(live.out()).isZero();
            assertThat(live.out()).contains("backup: wrote");
            JarCli refused = JarCli.run(env, state, "restore", backup.toString(), "--force");
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.out()).contains("running hotline");

            assertThat(service.stop()).as("SIGTERM exit code, accepted by SuccessExitStatus").isIn(0, 143);
        }
        JarCli restored = JarCli.run(env, state, "restore", backup.toString(), "--force");
        assertThat(restored.code()).as(restored.out()).isZero();
        assertThat(restored.out()).contains("restored from").contains("before-restore-");
        JarCli retention = JarCli.run(env, state, "retention");
        assertThat(retention.code()).as(retention.out()).isZero();
        assertThat(retention.out()).contains("retention: 0 message(s) anonymised");
    }

    @Test
    void compose_file_parses_and_publishes_the_port_and_data_volume_of_the_image() throws Exception {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(DeployFiles.deploy("compose.yaml").toFile());
        JsonNode svc = compose.path("services").path("hotline");
        assertThat(svc.path("ports").get(0).asText()).isEqualTo("127.0.0.1:7070:7070");
        assertThat(svc.path("volumes").get(0).asText()).isEqualTo("hotline-data:/data");
        assertThat(compose.path("volumes").has("hotline-data")).isTrue();
        assertThat(svc.path("environment").path("HOTLINE_DB").asText()).startsWith("/data/");
        assertThat(svc.path("environment").path("HOTLINE_HOST").asText())
                .as("inside the container every interface, over env.example's loopback; the port is published on 127.0.0.1")
                .isEqualTo("0.0.0.0");
        Path context = DeployFiles.deploy("compose.yaml").getParent().resolve(svc.path("build").path("context").asText()).normalize();
        assertThat(context).isEqualTo(DeployFiles.root());
        assertThat(context.resolve(svc.path("build").path("dockerfile").asText())).isRegularFile();
    }

    @Test
    void dockerfile_builds_in_two_stages_and_runs_as_non_root_with_a_health_check_and_data_volume() throws Exception {
        String docker = Files.readString(DeployFiles.deploy("Dockerfile"));
        List<String> stages = matches(docker, "(?m)^FROM (\\S+)");
        assertThat(stages).hasSize(2);
        assertThat(stages.get(0)).contains("maven").contains("17");
        assertThat(stages.get(1)).contains("17-jre");
        String runtime = docker.substring(docker.lastIndexOf("\nFROM "));
        assertThat(matches(runtime, "(?m)^USER (\\S+)")).containsExactly("hotline");
        assertThat(runtime).contains("VOLUME [\"/data\"]").contains("EXPOSE 7070").contains("HOTLINE_DB=/data/hotline.db")
                .contains("HOTLINE_HOST=0.0.0.0");
        assertThat(matches(runtime, "(?m)^HEALTHCHECK .*\\n.*")).singleElement().asString()
                .contains("/api/health").contains("127.0.0.1/7070");
        for (String source : matches(docker, "(?m)^COPY (?!--from)(\\S+)")) {
            assertThat(DeployFiles.root().resolve(source)).as("COPY source " + source).exists();
        }
        assertThat(docker).contains("COPY --from=build /src/bot/target/hotline.jar /app/hotline.jar");
    }

    @Test
    void nginx_example_terminates_tls_and_proxies_the_webhook_and_the_rest_with_the_forwarded_protocol() throws Exception {
        String conf = Files.readString(DeployFiles.deploy("nginx-hotline.conf"));
        assertThat(conf.chars().filter(ch -> ch == '{').count()).isEqualTo(conf.chars().filter(ch -> ch == '}').count());
        assertThat(conf).contains("listen 443 ssl").contains("ssl_certificate ").contains("ssl_certificate_key ")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;").contains("server 127.0.0.1:7070;");
        String tls = conf.substring(conf.indexOf("listen 443"));
        assertThat(block(tls, "location = /telegram/webhook")).contains("proxy_pass http://hotline;");
        assertThat(block(tls, "location / ")).contains("proxy_pass http://hotline;");
        assertThat(block(tls, "location = /metrics")).contains("deny all;");
        for (String line : conf.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            assertThat(line).as("nginx directive ends with ; { or }").matches(".*[;{}]$");
        }
    }

    private Map<String, String> unitEnvironment(Path state) throws Exception {
        Map<String, String> env = new HashMap<>();
        DeployFiles.envExample().values().stream().filter(e -> e.activeValue() != null)
                .forEach(e -> env.put(e.name(), e.activeValue()));
        env.put("HOTLINE_DB", state.resolve("hotline.db").toString());
        env.put("HOTLINE_KB", Path.of(System.getProperty("hotline.kb")).toAbsolutePath().toString());
        env.put("HOTLINE_PORT", Integer.toString(JarProcess.freePort()));
        return env;
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.groupCount() > 0 ? m.group(1) : m.group());
        }
        return out;
    }

    private static String block(String conf, String start) {
        int i = conf.indexOf(start);
        assertThat(i).as(start).isNotNegative();
        return conf.substring(i, conf.indexOf('}', i));
    }
}

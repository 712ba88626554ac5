package id.hotline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the files in deploy/: the env example, the systemd unit's keys. */
final class DeployFiles {
    private static final Pattern VARIABLE = Pattern.compile("^(#?)([A-Z][A-Z0-9_]+)=(.*)$");
    private static final Pattern DEFAULT = Pattern.compile("^# default: (.*)$");

    /** One variable of env.example: its documented default (null when "(none)"), and the active value, if set. */
    record EnvEntry(String name, String documentedDefault, String activeValue) {
    }

    private DeployFiles() {
    }

    static Path root() {
        return Path.of(System.getProperty("hotline.kb")).toAbsolutePath().normalize().getParent();
    }

    static Path deploy(String name) {
        return root().resolve("deploy").resolve(name);
    }

    static Map<String, EnvEntry> envExample() throws IOException {
        Map<String, EnvEntry> out = new LinkedHashMap<>();
        String pendingDefault = null;
        boolean hasDefault = false;
        for (String line : Files.readAllLines(deploy("env.example"))) {
            Matcher d = DEFAULT.matcher(line);
            if (d.matches()) {
                pendingDefault = d.group(1).equals("(none)") ? null : d.group(1);
                hasDefault = true;
                continue;
            }
            Matcher v = VARIABLE.matcher(line);
            if (v.matches()) {
                if (!hasDefault) {
                    throw new IllegalStateException(v.group(2) + " has no '# default:' line before it");
                }
                String active = v.group(1).isEmpty() ? unquote(v.group(3)) : null;
                if (out.put(v.group(2), new EnvEntry(v.group(2), pendingDefault, active)) != null) {
                    throw new IllegalStateException(v.group(2) + " is listed twice");
                }
                hasDefault = false;
            }
        }
        return out;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** KEY=value lines of a systemd unit (every section), in order; repeated keys keep the last value. */
    static Map<String, String> unitKeys(Path unit) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(unit)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("[")) {
                continue;
            }
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return out;
    }

    static List<String> words(String commandLine) {
        return List.of(commandLine.trim().split("\\s+"));
    }
}

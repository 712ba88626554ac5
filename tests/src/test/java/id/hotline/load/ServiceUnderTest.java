package id.hotline.load;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How load and crash tests start the jar and read what it stored. */
public final class ServiceUnderTest {
    private ServiceUnderTest() {
    }

    /** The jar with a database in {@code dir}, the real knowledge base and no effective rate limit. */
    public static JarProcess start(Path jar, Path kb, Path dir, List<String> jvmArgs) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("HOTLINE_DB", dir.resolve("hotline.db").toString());
        env.put("HOTLINE_KB", kb.toAbsolutePath().toString());
        env.put("HOTLINE_RATE_LIMIT_PER_MINUTE", "100000");
        return JarProcess.start(jar, jvmArgs, env, dir);
    }

    /** How many inbound messages carry each text. */
    public static Map<String, Integer> inboundCounts(Path db) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             ResultSet rs = c.createStatement().executeQuery("SELECT text FROM messages WHERE direction = 'in'")) {
            while (rs.next()) {
                out.merge(rs.getString(1), 1, Integer::sum);
            }
        }
        return out;
    }

    public static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}

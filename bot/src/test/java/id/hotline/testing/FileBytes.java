package id.hotline.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Searches the raw bytes of a SQLite database and its -wal and -shm files for a text. */
public final class FileBytes {
    private FileBytes() {
    }

    /** The files (database, -wal, -shm) whose bytes contain the text in UTF-8. */
    public static List<Path> filesContaining(Path db, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> out = new ArrayList<>();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path f = db.resolveSibling(db.getFileName() + suffix);
            if (Files.exists(f) && contains(Files.readAllBytes(f), needle)) {
                out.add(f);
            }
        }
        return out;
    }

    static boolean contains(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

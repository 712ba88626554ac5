package id.hotline.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Problems with the database's path, said once and plainly: "&lt;db&gt;: what failed: why" (permission denied, a file
 * where a folder should be), so the operator sees which setting to fix without the same path printed twice.
 */
public final class DatabasePath {
    private DatabasePath() {
    }

    /**
     * Makes the path ready for the database file, before anything is created beside it (the lock file): creates its
     * folder when missing and refuses a folder given as the file.
     */
    public static void prepare(Path db) {
        createFolder(db);
        if (Files.isDirectory(db)) {
            throw new StoreException(db + ": is a folder; name the database file in it, like " + db.resolve("hotline.db"), null);
        }
    }

    /** Creates the database file's folder (and its parents) when missing. */
    public static void createFolder(Path db) {
        Path folder = db.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw unusable(db, "cannot create its folder", e);
        }
    }

    /** "&lt;db&gt;: &lt;what&gt;: &lt;why&gt;", e.g. "/ro/hotline.db: cannot create the lock file hotline.db.lock: permission denied". */
    public static StoreException unusable(Path db, String what, IOException e) {
        return new StoreException(db + ": " + what + ": " + why(db, e), e);
    }

    private static String why(Path db, IOException e) {
        Path blocking = fileInTheWay(db.toAbsolutePath().getParent());
        if (blocking != null) {
            return blocking + " is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The nearest existing ancestor of the folder (or the folder itself) when it is not a folder, else null. */
    private static Path fileInTheWay(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }
}

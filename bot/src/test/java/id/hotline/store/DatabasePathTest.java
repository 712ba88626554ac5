package id.hotline.store;

import id.hotline.ops.ServiceLock;
import id.hotline.store.sqlite.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database path that cannot be used is reported once, with the reason in plain words. */
class DatabasePathTest {
    @TempDir
    Path dir;

    @Test
    void a_file_where_the_databases_folder_should_be_is_named() throws IOException {
        Path file = Files.writeString(dir.resolve("hotline.jar"), "x");
        for (Path db : new Path[] {file.resolve("x.db"), file.resolve("sub").resolve("x.db")}) {
            assertThatThrownBy(() -> ServiceLock.acquire(db)).as(db.toString()).isInstanceOf(StoreException.class)
                    .hasMessage(db + ": cannot create its folder: " + file + " is a file, not a folder");
        }
    }

    @Test
    void permission_denied_is_said_in_those_words_and_the_path_only_once() {
        Path db = dir.resolve("ro").resolve("x.db");
        StoreException e = DatabasePath.unusable(db, "cannot create the lock file x.db.lock",
                new AccessDeniedException(db + ".lock"));
        assertThat(e).hasMessage(db + ": cannot create the lock file x.db.lock: permission denied");
    }

    @Test
    void a_folder_given_as_the_database_file_is_named_with_what_to_write_instead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data"));
        assertThatThrownBy(() -> Database.open(folder)).isInstanceOf(StoreException.class)
                .hasMessage(folder + ": is a folder; name the database file in it, like " + folder.resolve("hotline.db"));
    }

    @Test
    void a_folder_given_as_the_database_is_refused_before_a_lock_file_is_created_beside_it() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dbdir"));
        assertThatThrownBy(() -> ServiceLock.acquire(folder)).isInstanceOf(StoreException.class)
                .hasMessage(folder + ": is a folder; name the database file in it, like " + folder.resolve("hotline.db"));
        assertThat(ServiceLock.lockFile(folder)).doesNotExist();
    }

    @Test
    void a_database_in_use_names_the_lock_file_without_repeating_the_path() {
        Path db = dir.resolve("h.db");
        try (ServiceLock held = ServiceLock.acquire(db)) {
            assertThatThrownBy(() -> ServiceLock.acquire(db)).isInstanceOf(StoreException.class)
                    .hasMessage(db + ": in use by another running hotline (lock file h.db.lock)");
        }
    }
}

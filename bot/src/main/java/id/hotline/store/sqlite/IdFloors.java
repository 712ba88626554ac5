package id.hotline.store.sqlite;

/**
 * The id a new conversation, message or case gets: one above both the largest id in its table and the largest id it
 * ever had (id_floors, migration V7), so a deleted person's numbers never go to someone else.
 */
final class IdFloors {
    private IdFloors() {
    }

    /** An SQL expression for the next id of {@code table} (a fixed table name, never user input). */
    static String next(String table) {
        return "(SELECT MAX(IFNULL((SELECT MAX(id) FROM " + table + "), 0), floor) + 1 FROM id_floors WHERE name = '"
                + table + "')";
    }
}

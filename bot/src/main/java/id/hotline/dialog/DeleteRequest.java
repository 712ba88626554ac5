package id.hotline.dialog;

import java.util.regex.Pattern;

/**
 * Asking in words to delete one's data ("tolong hapus semua chat sy", "delete my data", "gmn cara hapus chat ini?"):
 * read as the privacy topic, it is answered with the delete confirmation (/hapus) rather than the storage text again.
 * A question about when data is deleted ("kapan data saya dihapus?") keeps the privacy answer, which says how long.
 */
final class DeleteRequest {
    private static final Pattern DELETE = Pattern.compile(
            "\\b(hapus|hapuskan|hapusin|dihapus|menghapus|delete|remove|erase|hilangkan|dihilangkan|menghilangkan)\\b");
    private static final Pattern WHEN = Pattern.compile("\\b(kapan|berapa lama|how long|when)\\b");

    private DeleteRequest() {
    }

    /** Whether the normalised message asks to delete, not when deleting happens. */
    static boolean asked(String normalized) {
        return DELETE.matcher(normalized).find() && !WHEN.matcher(normalized).find();
    }
}

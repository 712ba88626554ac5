package id.hotline.console;

import java.util.Locale;

/** How a case ended. A closed set, so the audit log and reports never carry free text. */
public enum Outcome {
    RESOLVED("Selesai, informasi/bantuan diberikan"),
    REFERRED("Dirujuk ke lembaga"),
    NO_RESPONSE("Tidak ada respons"),
    NOT_IN_SCOPE("Di luar layanan"),
    DUPLICATE("Duplikat / tidak valid"),
    /** The person took back a counselor request before anyone took it (the bot closes it; CaseService.withdraw). */
    WITHDRAWN("Permintaan dibatalkan orangnya");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome parse(String value) {
        for (Outcome o : values()) {
            if (o.wire().equals(value)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown outcome '" + value + "'");
    }
}

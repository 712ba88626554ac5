package id.hotline.console;

import java.util.Locale;

/** Services a case can be referred to. */
public enum Agency {
    DINSOS_ATENSI("Dinas Sosial / ATENSI"),
    KP2MI_BP3MI("KP2MI / BP3MI"),
    POLISI("Polisi"),
    SHELTER("Shelter / rumah aman"),
    IOM("IOM"),
    LPSK("LPSK"),
    LAINNYA("Lainnya");

    private final String label;

    Agency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Agency parse(String value) {
        for (Agency a : values()) {
            if (a.wire().equals(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown service '" + value + "'");
    }
}

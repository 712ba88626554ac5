package id.hotline.knowledge;

import id.hotline.domain.Lang;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A help line or office, referenced from answers as {{key}} so a number lives in one place.
 *
 * @param callers where a caller must be for the line to help: {@link Callers#INDONESIA} (110, the free 0800 number),
 *                {@link Callers#ABROAD} (the KP2MI number from abroad, the Kemlu hotline) or {@link Callers#ANYWHERE}
 * @param children the line for children (SAPA 129): first among the lines its callers can use when a message tells of
 *                 a child
 */
public record Contact(String key, Texts name, Texts display, Optional<Texts> hours, boolean emergency,
                      List<String> sources, LocalDate reviewed, Callers callers, boolean children) {
    public Contact {
        sources = List.copyOf(sources);
    }

    /** Where a caller must be for a line to help ({@code callers:} in contacts.yaml; anywhere when not given). */
    public enum Callers {
        ABROAD, ANYWHERE, INDONESIA
    }

    /** "Polisi (Polri): 110 (gratis, 24 jam)" */
    public String line(Lang lang) {
        return name.get(lang) + ": " + display.get(lang) + hours.map(h -> " (" + h.get(lang) + ")").orElse("");
    }
}

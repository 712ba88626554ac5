package id.hotline.knowledge;

import id.hotline.domain.Lang;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A help line or office, referenced from answers as {{key}} so a number lives in one place. */
public record Contact(String key, Texts name, Texts display, Optional<Texts> hours, boolean emergency,
                      List<String> sources, LocalDate reviewed) {
    public Contact {
        sources = List.copyOf(sources);
    }

    /** "Polisi (Polri): 110 (gratis, 24 jam)" */
    public String line(Lang lang) {
        return name.get(lang) + ": " + display.get(lang) + hours.map(h -> " (" + h.get(lang) + ")").orElse("");
    }
}

package id.hotline.knowledge;

import id.hotline.domain.Lang;

import java.util.EnumMap;
import java.util.Map;

/** A text in each language we answer in. Indonesian is always present; English falls back to it. */
public record Texts(Map<Lang, String> byLang) {
    public Texts {
        if (byLang.get(Lang.ID) == null || byLang.get(Lang.ID).isBlank()) {
            throw new IllegalArgumentException("Indonesian text (id) is required");
        }
        byLang = Map.copyOf(new EnumMap<>(byLang));
    }

    public static Texts of(String id, String en) {
        var m = new EnumMap<Lang, String>(Lang.class);
        m.put(Lang.ID, id);
        if (en != null && !en.isBlank()) {
            m.put(Lang.EN, en);
        }
        return new Texts(m);
    }

    public String get(Lang lang) {
        String t = byLang.get(lang);
        return t == null || t.isBlank() ? byLang.get(Lang.ID) : t;
    }

    public boolean has(Lang lang) {
        String t = byLang.get(lang);
        return t != null && !t.isBlank();
    }
}

package id.hotline.domain;

import java.util.Locale;

/** Languages the hotline answers in. Indonesian is the default. */
public enum Lang {
    ID, EN;

    public static Lang parseOrDefault(String value) {
        if (value == null) {
            return ID;
        }
        return "en".equals(value.trim().toLowerCase(Locale.ROOT)) ? EN : ID;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

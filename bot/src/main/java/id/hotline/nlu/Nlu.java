package id.hotline.nlu;

import id.hotline.domain.Analysis;

/** Reads one message: normalised text, language, intent ranking and risk. Thread-safe. */
public interface Nlu {
    Analysis analyse(String text);
}

package id.hotline.nlu;

import id.hotline.domain.Analysis;

/** What the dialog engine asks of natural-language understanding. Implementations are thread-safe. */
public interface Nlu {
    /** Normalises, classifies and risk-assesses one message. Never null; empty text gets a low-confidence guess. */
    Analysis analyse(String text);
}

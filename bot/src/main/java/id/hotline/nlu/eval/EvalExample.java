package id.hotline.nlu.eval;

import id.hotline.nlu.LabelledText;

/**
 * A labelled line of an evaluation file.
 *
 * @param escalate whether the line must open a case (the "escalate" field), or null when the file has none
 */
public record EvalExample(String text, String label, Boolean escalate) {
    public EvalExample {
        if (text == null || label == null || label.isBlank()) {
            throw new IllegalArgumentException("text and label are required");
        }
    }

    public LabelledText labelled() {
        return new LabelledText(text, label);
    }
}

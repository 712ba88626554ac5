package id.hotline.nlu;

/** One training or test example: a message and its intent (or any label). */
public record LabelledText(String text, String label) {
    public LabelledText {
        if (text == null || label == null || label.isBlank()) {
            throw new IllegalArgumentException("text and label are required");
        }
    }
}

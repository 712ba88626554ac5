package id.hotline.domain;

/** A button under a reply: the label the person sees and the payload sent back when pressed. */
public record Suggestion(String payload, String label) {
    public Suggestion {
        if (payload == null || payload.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("payload and label are required");
        }
    }
}

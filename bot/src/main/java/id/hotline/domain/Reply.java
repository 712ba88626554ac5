package id.hotline.domain;

import java.util.List;

/**
 * What the bot (or a counselor) says back. Plain text: paragraphs and "- " list lines; channels render it.
 *
 * @param sensitive help contacts or case content: channels should stop forwarding/saving where they can
 */
public record Reply(String text, List<Suggestion> suggestions, boolean sensitive) {
    public Reply {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("reply text is required");
        }
        suggestions = List.copyOf(suggestions);
    }

    /** The same reply without the button that sends {@code payload}. */
    public Reply without(String payload) {
        return new Reply(text, suggestions.stream().filter(s -> !s.payload().equals(payload)).toList(), sensitive);
    }

    public static Reply of(String text) {
        return new Reply(text, List.of(), false);
    }
}

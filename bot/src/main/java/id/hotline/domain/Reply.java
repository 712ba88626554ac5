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

    public static Reply of(String text) {
        return new Reply(text, List.of(), false);
    }
}

package id.hotline.reports;

/**
 * A question the bot could not answer: the text editors need to write new content.
 *
 * @param guess   the intent the NLU thought most likely (not answered)
 * @param outcome clarified or not_understood
 */
public record Unanswered(String at, String text, String guess, String outcome) {
}

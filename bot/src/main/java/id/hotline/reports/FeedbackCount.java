package id.hotline.reports;

/** 👍 and 👎 votes on the answers of one intent. */
public record FeedbackCount(String intent, long helpful, long unhelpful) {
}

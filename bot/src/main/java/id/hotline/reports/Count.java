package id.hotline.reports;

/** How often one thing happened (an intent, an indicator, an outcome, a referral service). */
public record Count(String key, long count) {
}

package id.hotline.knowledge;

import java.util.Set;

/**
 * The messages.yaml keys the service's code shows (replies, buttons, Telegram's command list, counselor alerts).
 * kb-lint, and so a reload, refuses content without one of them: a missing text would only show up when someone
 * needs it, as the error fallback. A unit test keeps this list in step with the code.
 */
public final class UiMessages {
    public static final Set<String> REQUIRED = Set.of(
            "ask_away", "back_next_week", "back_on_day", "back_today", "back_tomorrow", "bot_answer", "btn_counselor", "btn_delete_data",
            "btn_help_lines", "btn_menu", "btn_no", "btn_none_of_these", "btn_other_language", "btn_quick_exit",
            "btn_yes_delete", "case_already_open", "case_closed", "case_closed_recent", "choose_language", "clarify", "clarify_follow_up",
            "cmd_bahasa", "cmd_bantuan", "cmd_hapus", "cmd_konselor", "cmd_menu", "cmd_privasi", "cmd_start",
            "cmd_status", "contact_ack", "counselor_alert_new", "counselor_alert_raised", "counselor_alert_withdrawn", "counselor_alerted",
            "counselor_joined", "counselor_left", "counselor_later", "counselor_later_short", "counselor_request_intro",
            "counselor_soon", "danger_now", "delete_cancelled", "delete_confirm", "delete_confirm_case", "delete_done", "emergency_intro",
            "empty_message", "error_fallback", "escalation_intro", "feedback_thanks", "for_someone_else", "help_contacts",
            "language_switched", "location_ack", "menu_prompt", "no_words", "non_text", "non_text_in_case", "not_understood",
            "not_understood_choices", "offer_counselor", "privacy_notice", "quick_exit_done", "rate_limited",
            "rate_limited_kept", "request_withdrawn", "resume_unknown", "resumed", "status_claimed", "status_none", "status_waiting", "sticker", "suicide_help", "suicide_help_other", "thanks_in_case", "topic_prompt",
            "welcome");

    private UiMessages() {
    }
}

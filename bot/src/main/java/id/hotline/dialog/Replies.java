package id.hotline.dialog;

import id.hotline.domain.Lang;
import id.hotline.domain.Reply;
import id.hotline.domain.SessionState;
import id.hotline.domain.Suggestion;
import id.hotline.knowledge.Contact;
import id.hotline.knowledge.Intent;
import id.hotline.knowledge.KnowledgeBase;
import id.hotline.knowledge.MenuItem;
import id.hotline.knowledge.Placeholders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds replies from the knowledge base: answers, menus, clarifying questions, escalation texts. */
final class Replies {
    static final String COUNSELOR = "/konselor";
    static final String MENU = "/menu";
    static final String QUICK_EXIT = "/keluar";
    static final String NONE_OF_THESE = "/bukan";
    static final String LANGUAGE = "/bahasa";
    static final String DELETE = "/hapus";
    static final String HELP = "/bantuan";
    static final String PRIVACY = "privacy.delete";

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Map<String, String> values;
    private final boolean abroad;

    /** {@code abroad}: the person wrote that they are abroad now, so the help lines that work from there come first. */
    Replies(KnowledgeBase kb, SessionState state) {
        this(kb, state.lang(), Map.of(), state.abroad());
    }

    /** {@code values}: what the running service fills in for {name} in answers (DialogPolicy#answerValues). */
    Replies(KnowledgeBase kb, SessionState state, Map<String, String> values) {
        this(kb, state.lang(), values, state.abroad());
    }

    private Replies(KnowledgeBase kb, Lang lang, Map<String, String> values, boolean abroad) {
        this.kb = kb;
        this.lang = lang;
        this.values = values;
        this.abroad = abroad;
    }

    String msg(String key) {
        return kb.message(key, lang);
    }

    String answerText(String intentId) {
        Intent intent = kb.intents().get(intentId);
        return Placeholders.fillValues(Placeholders.fill(intent.answer().get(lang), kb.contacts(), lang), values);
    }

    Suggestion button(String payload, String messageKey) {
        return new Suggestion(payload, msg(messageKey));
    }

    Suggestion intentButton(String intentId) {
        return new Suggestion(intentId, kb.intents().get(intentId).title().get(lang));
    }

    /** The answer's suggested topics; a suggested counselor is the /konselor button, as everywhere else. */
    List<Suggestion> followUps(String intentId) {
        List<Suggestion> out = new ArrayList<>();
        for (String s : kb.intents().get(intentId).suggestions()) {
            out.add(s.equals(DialogPolicy.HUMAN_REQUEST) ? button(COUNSELOR, "btn_counselor") : intentButton(s));
        }
        return out;
    }

    Reply answer(String intentId, boolean offerCounselor) {
        String text = answerText(intentId);
        List<Suggestion> buttons = new ArrayList<>(followUps(intentId));
        if (offerCounselor) {
            if (!text.contains("/konselor")) {
                text = text + "\n\n" + msg("offer_counselor");
            }
            buttons.removeIf(b -> b.payload().equals(COUNSELOR));
            buttons.add(0, button(COUNSELOR, "btn_counselor"));
        }
        buttons.addAll(0, buttonsNamedIn(intentId));
        return new Reply(text, buttons, false);
    }

    /**
     * Buttons an answer tells people to press, beyond its suggestions: the privacy answer's "Hapus data saya" and
     * "Keluar cepat" (for someone whose phone may be checked).
     */
    private List<Suggestion> buttonsNamedIn(String intentId) {
        return intentId != null && intentId.equals(PRIVACY)
                ? List.of(button(DELETE, "btn_delete_data"), button(QUICK_EXIT, "btn_quick_exit")) : List.of();
    }

    /** A sign of exploitation looked up from a button: its answer, a counselor offered, and the quick exit. */
    Reply answerWithHelp(String intentId) {
        Reply answer = answer(intentId, true);
        List<Suggestion> buttons = new ArrayList<>(answer.suggestions());
        buttons.add(button(QUICK_EXIT, "btn_quick_exit"));
        return new Reply(answer.text(), buttons, true);
    }

    Reply menu() {
        return new Reply(msg("menu_prompt"), menuButtons(), false);
    }

    private List<Suggestion> menuButtons() {
        List<Suggestion> buttons = new ArrayList<>();
        for (MenuItem item : kb.menu()) {
            buttons.add(new Suggestion(item.payload(), item.label().get(lang)));
        }
        buttons.add(languageSwitch());
        return buttons;
    }

    Reply topic(String name) {
        List<String> ids = kb.topics().get(name);
        if (ids == null) {
            return menu();
        }
        List<Suggestion> buttons = new ArrayList<>(ids.stream().map(this::intentButton).toList());
        buttons.add(button(MENU, "btn_menu"));
        return new Reply(msg("topic_prompt"), buttons, false);
    }

    /** Which of these topics was meant ({@code key}: the question asked), or none of them. */
    Reply clarify(List<String> candidates, String key) {
        List<Suggestion> buttons = new ArrayList<>(candidates.stream().map(this::intentButton).toList());
        buttons.add(button(NONE_OF_THESE, "btn_none_of_these"));
        return new Reply(msg(key), buttons, false);
    }

    /**
     * Not understood again: the likely topics when there are some, with the main menu and a counselor; otherwise the
     * menu's topics themselves. The text never ends in a heading: the buttons are what it invites to choose.
     */
    Reply notUnderstood(List<String> likely) {
        if (likely.isEmpty()) {
            return withMenuAndCounselor(msg("not_understood"));
        }
        List<Suggestion> buttons = new ArrayList<>(likely.stream().map(this::intentButton).toList());
        buttons.add(button(MENU, "btn_menu"));
        buttons.add(button(COUNSELOR, "btn_counselor"));
        return new Reply(msg("not_understood_choices"), buttons, false);
    }

    /** Only emoji or punctuation (crying, "???"): a gentle invitation to tell what happened, the menu and a counselor. */
    Reply noWords() {
        return withMenuAndCounselor(msg("no_words"));
    }

    /** A counselor request taken back: closed, with the menu and a counselor button. */
    Reply withdrawn() {
        return new Reply(msg("request_withdrawn"), List.of(button(MENU, "btn_menu"), button(COUNSELOR, "btn_counselor")), false);
    }

    /** A message the bot cannot place soon after the person's case was closed: a counselor again, the help lines, the menu. */
    Reply afterClosedCase() {
        return new Reply(msg("case_closed_recent"), List.of(button(COUNSELOR, "btn_counselor"), button(HELP, "btn_help_lines"),
                button(MENU, "btn_menu")), false);
    }

    /** Asking whether one may ask or tell: go on, with a counselor and the menu a tap away. */
    Reply askAway() {
        return new Reply(msg("ask_away"), List.of(button(COUNSELOR, "btn_counselor"), button(MENU, "btn_menu")), false);
    }

    /** "Are you a bot?": it is, counselors are people; the menu and a counselor button. */
    Reply botAnswer() {
        return withMenuAndCounselor(msg("bot_answer"));
    }

    private Reply withMenuAndCounselor(String text) {
        List<Suggestion> buttons = menuButtons();
        if (buttons.stream().noneMatch(b -> b.payload().equals(COUNSELOR))) {
            buttons.add(button(COUNSELOR, "btn_counselor"));
        }
        return new Reply(text, buttons, false);
    }

    /** The help lines, those that work from abroad first when the person said they are abroad. */
    String contactLines() {
        return contactLines(false);
    }

    /** The help lines; {@code child}: the message tells of a child, so the line for children comes first. */
    private String contactLines(boolean child) {
        StringBuilder sb = new StringBuilder();
        for (Contact c : kb.emergencyContacts(abroad, child)) {
            sb.append("- ").append(c.line(lang)).append('\n');
        }
        return sb.toString().stripTrailing();
    }

    /**
     * Danger read in a message the bot does not otherwise answer (a counselor holds the chat, or the person is over
     * the rate limit): the emergency lines, and that the counselor was alerted; the crisis line first for someone who
     * speaks of ending their life.
     */
    Reply dangerInCase(boolean held, Duty duty, boolean suicidal) {
        String after = held ? msg("counselor_alerted") : caseAlreadyOpen(duty, "counselor_later");
        String crisis = suicidal ? msg("suicide_help") + "\n\n" : ""; // the crisis line first, as in a case's first reply
        return new Reply(crisis + msg("emergency_intro") + "\n" + contactLines() + "\n\n" + after,
                List.of(button(QUICK_EXIT, "btn_quick_exit")), true);
    }

    /** Over the rate limit: wait a moment ({@code kept}: the message reached the counselor), and the danger lines. */
    Reply rateLimited(boolean kept) {
        return withDangerLines(kept ? "rate_limited_kept" : "rate_limited");
    }

    /** A short notice followed by what to do in danger now, in the emergency answer's words (messages.yaml danger_now). */
    Reply withDangerLines(String key) {
        return Reply.of(msg(key) + "\n\n" + msg("danger_now"));
    }

    /** The help lines; {@code offerCounselor} false while a counselor already holds the chat. */
    Reply helpContacts(boolean offerCounselor) {
        List<Suggestion> buttons = new ArrayList<>(List.of(button(QUICK_EXIT, "btn_quick_exit"), button(MENU, "btn_menu")));
        if (offerCounselor) {
            buttons.add(0, button(COUNSELOR, "btn_counselor"));
        }
        return new Reply(msg("help_contacts") + "\n" + contactLines(), buttons, true);
    }

    /**
     * The first reply to someone in danger or asking for a person: help lines first, then when a counselor will reply
     * (on a phone screen, before the long part), then the topic answer (when there is one), told how to use it for a
     * relative or friend when the message is about one. A message that speaks of ending one's life gets the crisis line
     * before everything (worded for a relative when it is about one), and the general danger steps only when it tells
     * of another sign too.
     */
    Reply escalation(String introKey, String answerIntent, boolean caseExisted, Duty duty, Framing framing) {
        StringBuilder sb = new StringBuilder();
        if (framing.suicidal()) { // the crisis line before anything else, for the writer or for the relative they tell of
            sb.append(msg(framing.someoneElse() ? "suicide_help_other" : "suicide_help")).append("\n\n");
        }
        sb.append(msg(introKey)).append('\n').append(contactLines(framing.child()));
        sb.append("\n\n").append(caseExisted ? caseAlreadyOpen(duty, "counselor_later")
                : duty.onDuty() ? msg("counselor_soon") : offDuty("counselor_later", duty));
        boolean dangerStepsOnly = framing.suicidal() && DialogPolicy.EMERGENCY.equals(answerIntent);
        if (answerIntent != null && !dangerStepsOnly) {
            if (framing.someoneElse()) {
                sb.append("\n\n").append(msg("for_someone_else"));
            }
            sb.append("\n\n").append(answerText(answerIntent));
        }
        List<Suggestion> buttons = new ArrayList<>(List.of(button(QUICK_EXIT, "btn_quick_exit"), button(MENU, "btn_menu")));
        buttons.addAll(buttonsNamedIn(answerIntent));
        return new Reply(sb.toString(), buttons, true);
    }

    /**
     * How the first reply of a case speaks: to a relative or friend, and to someone who spoke of ending their life;
     * {@code child}: the message tells of a child, whose help line comes first.
     */
    record Framing(boolean someoneElse, boolean suicidal, boolean child) {
    }

    /**
     * A later message of an open case that tells it nothing more urgent: that the counselor has it, without the help
     * lines and the answer again (the emergency help button brings the lines back).
     */
    Reply caseUpdated(Duty duty) {
        return caseUpdated("case_already_open", duty);
    }

    /**
     * A new sign in an open case ("sekarang mereka minta tebusan" after unpaid wages): the short reply, then that sign's
     * answer, which the first reply did not have; the help lines stay a button away.
     */
    Reply caseUpdatedWith(String answerIntent, Duty duty) {
        Reply shortReply = caseUpdated("case_already_open", duty);
        return new Reply(shortReply.text() + "\n\n" + answerText(answerIntent), shortReply.suggestions(), true);
    }

    /** The short reply in an open case with its own first words ({@code key}), e.g. for a photo the bot cannot open. */
    Reply caseUpdated(String key, Duty duty) {
        return new Reply(caseAlreadyOpen(duty, key, "counselor_later_short"), List.of(button(QUICK_EXIT, "btn_quick_exit"),
                button(HELP, "btn_help_lines"), button(MENU, "btn_menu")), true);
    }

    /** The message reached the counselor; off duty, when they are back ({@code laterKey}). */
    private String caseAlreadyOpen(Duty duty, String laterKey) {
        return caseAlreadyOpen(duty, "case_already_open", laterKey);
    }

    private String caseAlreadyOpen(Duty duty, String key, String laterKey) {
        return msg(key) + (duty.onDuty() ? "" : " " + offDuty(laterKey, duty));
    }

    /** An off-duty notice ({@code key}) with when counselors are back in place of {back}. */
    private String offDuty(String key, Duty duty) {
        String text = msg(key);
        return text.contains("{back}")
                ? text.replace("{back}", BackOnDuty.phrase(duty.now(), duty.back().orElseThrow(), lang, this::msg)) : text;
    }

    /** "/bahasa en" labelled "English" for someone reading Indonesian, and the reverse. */
    Suggestion languageSwitch() {
        Lang other = lang == Lang.ID ? Lang.EN : Lang.ID;
        return new Suggestion(LANGUAGE + " " + other.code(), msg("btn_other_language"));
    }

    /** The same reply with the language switch as its last button, unless it already has one. */
    Reply withLanguageSwitch(Reply reply) {
        if (reply.suggestions().stream().anyMatch(s -> s.payload().startsWith(LANGUAGE))) {
            return reply;
        }
        List<Suggestion> buttons = new ArrayList<>(reply.suggestions());
        buttons.add(languageSwitch());
        return new Reply(reply.text(), buttons, reply.sensitive());
    }

    /**
     * After a switch: the last topic again (now in the new language) and the menu. Only a menu topic that opens no
     * case comes back as a button: pressing a risky one would escalate again.
     */
    Reply languageSwitched(String lastIntent) {
        List<Suggestion> buttons = new ArrayList<>();
        boolean topic = lastIntent != null && kb.topics().values().stream().anyMatch(ids -> ids.contains(lastIntent));
        if (topic && !kb.intents().get(lastIntent).risk().opensCase()) {
            buttons.add(intentButton(lastIntent));
        }
        buttons.add(button(MENU, "btn_menu"));
        return new Reply(msg("language_switched"), buttons, false);
    }

    Reply languageChoice() {
        return new Reply(msg("choose_language"), List.of(new Suggestion(LANGUAGE + " " + Lang.ID.code(), "Bahasa Indonesia"),
                new Suggestion(LANGUAGE + " " + Lang.EN.code(), "English")), false);
    }

    /** {@code liveCase}: the person has a case, which deleting ends; hiding the chat (quick exit) keeps it. */
    Reply deleteConfirm(boolean liveCase) {
        List<Suggestion> buttons = new ArrayList<>(List.of(button("/hapus ya", "btn_yes_delete"), button("/hapus tidak", "btn_no")));
        if (liveCase) {
            buttons.add(button(QUICK_EXIT, "btn_quick_exit"));
        }
        return new Reply(msg(liveCase ? "delete_confirm_case" : "delete_confirm"), buttons, false);
    }

    Reply plain(String key) {
        return Reply.of(msg(key));
    }

    Reply withMenuButton(String key) {
        return new Reply(msg(key), List.of(button(MENU, "btn_menu")), false);
    }

    /** The reply without the counselor button (a counselor already has the case), and the menu button if none is left. */
    Reply withoutCounselor(Reply reply) {
        Reply rest = reply.without(COUNSELOR);
        return rest.suggestions().isEmpty() ? new Reply(rest.text(), List.of(button(MENU, "btn_menu")), rest.sensitive()) : rest;
    }
}

package id.hotline.dialog;

import id.hotline.domain.CaseStatus;
import id.hotline.domain.HelpCase;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Lang;
import id.hotline.domain.Reply;
import id.hotline.domain.Risk;
import id.hotline.domain.Suggestion;
import id.hotline.store.ConversationStore;
import id.hotline.store.FeedbackStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Slash commands and the command payloads of buttons (/menu, /konselor, /hapus ya ...). */
public final class Commands {
    private final ConversationStore conversations;
    private final FeedbackStore feedback;

    public Commands(ConversationStore conversations, FeedbackStore feedback) {
        this.conversations = conversations;
        this.feedback = feedback;
    }

    Decision run(DialogPolicy.Context ctx, String text, DialogPolicy policy) {
        String[] parts = text.trim().split("\\s+", 2);
        String name = parts[0].toLowerCase(Locale.ROOT).replaceFirst("@.*$", "");
        String arg = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "";
        Replies r = ctx.replies();
        switch (name) {
            case "/start" -> {
                ctx.next(ctx.nextState().settled());
                Reply menu = r.menu();
                return Decision.of(new Reply(r.msg("welcome") + "\n\n" + r.msg("privacy_notice"), menu.suggestions(), false));
            }
            case "/menu" -> {
                ctx.next(ctx.nextState().settled());
                return Decision.of(held(ctx) ? r.withoutCounselor(r.menu()) : r.menu());
            }
            case "/topik" -> {
                return Decision.of(r.topic(arg));
            }
            case "/bantuan", "/help" -> {
                return new Decision(r.helpContacts(!held(ctx)), null, 0, Risk.NONE, List.of());
            }
            case "/konselor" -> {
                if (held(ctx)) {
                    return Decision.of(r.plain("status_claimed"));
                }
                return policy.escalate(ctx, Risk.NONE, List.of(), DialogPolicy.HUMAN_REQUEST, DialogPolicy.HUMAN_REQUEST, 1.0);
            }
            case "/bukan" -> {
                ctx.next(ctx.nextState().missed(List.of()));
                return Decision.of(r.notUnderstood(List.of()));
            }
            case "/bahasa", "/language" -> {
                return language(ctx, arg);
            }
            case "/privasi", "/privacy" -> { // what is kept, for how long, and how to delete it
                Reply privacy = r.answer(Replies.PRIVACY, false);
                List<Suggestion> buttons = new ArrayList<>(privacy.suggestions());
                buttons.add(r.button(Replies.MENU, "btn_menu"));
                return Decision.of(new Reply(privacy.text(), buttons, privacy.sensitive()));
            }
            case "/hapus", "/delete" -> {
                return delete(ctx, arg);
            }
            case "/status" -> {
                String key = ctx.liveCase.map(c -> c.status() == CaseStatus.CLAIMED ? "status_claimed" : "status_waiting")
                        .orElse("status_none");
                // waiting after office hours: when counselors are back, and the 24-hour lines a button away
                return Decision.of(key.equals("status_waiting") ? r.caseUpdated(key, policy.dutyNow()) : r.plain(key));
            }
            case "/nilai" -> {
                return rate(ctx, arg);
            }
            case "/keluar" -> {
                return Decision.of(r.plain("quick_exit_done"));
            }
            default -> {
                return Decision.of(r.notUnderstood(List.of()));
            }
        }
    }

    /** Whether a counselor holds the person's case: no button or request for one. */
    private static boolean held(DialogPolicy.Context ctx) {
        return ctx.liveCase.map(HelpCase::heldByCounselor).orElse(false);
    }

    private Decision language(DialogPolicy.Context ctx, String arg) {
        if (!arg.equals("id") && !arg.equals("en")) {
            return Decision.of(ctx.replies().languageChoice());
        }
        return switchLanguage(ctx, Lang.parseOrDefault(arg));
    }

    /** The conversation goes on in {@code lang}, chosen by the person (/bahasa, its button, or asked in words). */
    static Decision switchLanguage(DialogPolicy.Context ctx, Lang lang) {
        ctx.next(ctx.nextState().chosenLang(lang));
        return Decision.of(ctx.replies().languageSwitched(ctx.nextState().lastIntent()));
    }

    /** "/nilai MESSAGE_ID 1|0": the 👍/👎 buttons under a topic answer. */
    private Decision rate(DialogPolicy.Context ctx, String arg) {
        String[] v = arg.split("\\s+");
        if (v.length == 2 && v[0].matches("\\d{1,18}") && (v[1].equals("1") || v[1].equals("0"))
                && feedback.record(ctx.conv.id(), Long.parseLong(v[0]), v[1].equals("1"), ctx.in.receivedAt())) {
            return Decision.of(ctx.replies().withMenuButton("feedback_thanks")); // never left without a button to go on
        }
        return Decision.of(ctx.replies().notUnderstood(List.of()));
    }

    private Decision delete(DialogPolicy.Context ctx, String arg) {
        // deleted only when confirmed: the button under the question, or the answer to it; "/hapus ya" typed out of the
        // blue asks first (in an open case the question warns that the case goes too)
        boolean confirmed = ctx.in.kind() == MessageKind.BUTTON || "delete".equals(ctx.nextState().awaiting());
        if ((arg.equals("ya") || arg.equals("yes")) && confirmed) {
            Replies before = ctx.replies();
            conversations.delete(ctx.conv.id());
            ctx.markDeleted();
            return Decision.of(before.plain("delete_done"));
        }
        if (arg.equals("tidak") || arg.equals("no")) {
            ctx.next(ctx.nextState().settled());
            return Decision.of(ctx.replies().withMenuButton("delete_cancelled"));
        }
        ctx.next(ctx.nextState().awaiting("delete"));
        return Decision.of(ctx.replies().deleteConfirm(ctx.liveCase.isPresent()));
    }
}

package id.hotline.channel.telegram;

import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.handoff.CaseListener;
import id.hotline.store.CaseStore;
import id.hotline.store.TelegramOutbox;
import id.hotline.store.TelegramOutbox.Item;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Posts new and re-prioritised cases, and requests taken back, to the counselors' Telegram group: priority, indicators,
 * channel, waiting time and a link to the case. Never the person's messages, name or number.
 */
public final class CounselorAlerts implements CaseListener {
    private final String chatId;
    private final TelegramOutput output;
    private final Function<Lang, Function<String, String>> messages;
    private final Optional<URI> publicUrl;
    private final Clock clock;

    public CounselorAlerts(String chatId, TelegramOutput output, Function<Lang, Function<String, String>> messages,
                           Optional<URI> publicUrl, Clock clock) {
        this.chatId = chatId;
        this.output = output;
        this.messages = messages;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    @Override
    public void caseChanged(HelpCase c, CaseEvent event) {
        if (event != CaseEvent.OPENED && event != CaseEvent.REPRIORITISED && !withdrawn(c, event)) {
            return;
        }
        String text = text(c, event);
        output.outbox().enqueue("alert:" + c.id() + ":" + event.name().toLowerCase() + ":" + c.updatedAt().toEpochMilli(),
                List.of(Item.send(chatId, text, List.of(), false)), clock.instant());
        output.wake();
    }

    /** A request the person took back before anyone took it (CaseService.withdraw): the group saw it come. */
    private static boolean withdrawn(HelpCase c, CaseEvent event) {
        return event == CaseEvent.CLOSED && CaseStore.WITHDRAWN.equals(c.outcome());
    }

    String text(HelpCase c, CaseEvent event) {
        Function<String, String> msg = messages.apply(Lang.ID);
        long waiting = Math.max(0, Duration.between(c.openedAt(), clock.instant()).toMinutes());
        String link = publicUrl.map(u -> u.toString().replaceAll("/+$", "") + "/console/cases/" + c.id())
                .orElse("#" + c.id());
        String key = withdrawn(c, event) ? "counselor_alert_withdrawn"
                : event == CaseEvent.OPENED ? "counselor_alert_new" : "counselor_alert_raised";
        return msg.apply(key)
                .replace("{case}", Long.toString(c.id()))
                .replace("{priority}", c.priority().wire())
                .replace("{indicators}", c.indicators().isEmpty() ? "-" : String.join(", ", c.indicators()))
                .replace("{channel}", c.channel().wire())
                .replace("{waiting}", Long.toString(waiting))
                .replace("{link}", link);
    }
}

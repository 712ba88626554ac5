package id.hotline.channel.telegram;

import java.util.Locale;

/** Who the bot is on Telegram (from getMe): needed to tell whether a group message is addressed to it. */
public record BotIdentity(long id, String username) {
    public BotIdentity {
        username = username == null ? "" : username;
    }

    boolean isMention(String text) {
        return !username.isEmpty() && text.toLowerCase(Locale.ROOT).equals("@" + username.toLowerCase(Locale.ROOT));
    }

    boolean isOwnCommand(String command) {
        return !username.isEmpty() && command.toLowerCase(Locale.ROOT).endsWith("@" + username.toLowerCase(Locale.ROOT));
    }
}

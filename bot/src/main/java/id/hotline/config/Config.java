package id.hotline.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * All settings, read once from environment variables (tests pass a map). The only class that reads the environment.
 */
public record Config(
        int port,
        String host,
        Path db,
        Path kb,
        Optional<String> telegramToken,
        URI telegramApiUrl,
        TelegramMode telegramMode,
        Optional<URI> telegramWebhookUrl,
        Optional<String> telegramWebhookSecret,
        Optional<String> counselorChatId,
        Optional<String> adminUser,
        Optional<String> adminPassword,
        OfficeHours officeHours,
        Duration emergencyRealert,
        Optional<URI> publicUrl,
        double minConfidence,
        double minMargin,
        int retentionClosedCaseDays,
        int retentionBotOnlyDays,
        int rateLimitPerMinute) {

    public enum TelegramMode { POLLING, WEBHOOK }

    /** The hotline's time zone (HOTLINE_TIMEZONE): office hours, the daily retention run, report days. */
    public ZoneId zone() {
        return officeHours.zone();
    }

    public static Config fromEnv() {
        return fromEnv(System.getenv());
    }

    public static Config fromEnv(Map<String, String> env) {
        Reader r = new Reader(env);
        Optional<String> token = r.optional("TELEGRAM_BOT_TOKEN");
        TelegramMode mode = r.choice("TELEGRAM_MODE", TelegramMode.class, TelegramMode.POLLING);
        Optional<URI> webhookUrl = r.optional("TELEGRAM_WEBHOOK_URL").map(r::webhookUrl);
        Optional<String> secret = r.optional("TELEGRAM_WEBHOOK_SECRET");
        if (token.isPresent() && !token.get().matches("[0-9]+:[A-Za-z0-9_-]+")) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN does not look like a bot token (digits:letters, from @BotFather)");
        }
        if (token.isPresent() && mode == TelegramMode.WEBHOOK) {
            if (webhookUrl.isEmpty()) {
                throw new ConfigException("TELEGRAM_WEBHOOK_URL is required when TELEGRAM_MODE=webhook (the public https URL of /telegram/webhook)");
            }
            if (secret.isEmpty() || !secret.get().matches("[A-Za-z0-9_-]{16,256}")) {
                throw new ConfigException("TELEGRAM_WEBHOOK_SECRET must be 16-256 characters of A-Z, a-z, 0-9, _ or - when TELEGRAM_MODE=webhook");
            }
        }
        Optional<String> adminUser = r.optional("HOTLINE_ADMIN_USER");
        Optional<String> adminPassword = r.optional("HOTLINE_ADMIN_PASSWORD");
        if (adminUser.isPresent() != adminPassword.isPresent()) {
            throw new ConfigException("set both HOTLINE_ADMIN_USER and HOTLINE_ADMIN_PASSWORD, or neither");
        }
        if (adminUser.isPresent() && !id.hotline.console.AccountService.validName(adminUser.get())) {
            throw new ConfigException("HOTLINE_ADMIN_USER must be 3-32 letters, digits, '.', '_' or '-', was '"
                    + adminUser.get() + "'");
        }
        if (adminPassword.isPresent() && adminPassword.get().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                > id.hotline.console.PasswordHasher.MAX_BYTES) {
            throw new ConfigException("HOTLINE_ADMIN_PASSWORD must be at most " + id.hotline.console.PasswordHasher.MAX_BYTES
                    + " bytes (bcrypt reads no more)");
        }
        if (adminPassword.isPresent() && adminPassword.get().length() < 10) {
            throw new ConfigException("HOTLINE_ADMIN_PASSWORD must be at least 10 characters");
        }
        return new Config(
                r.integer("HOTLINE_PORT", 7070, 0, 65535),
                r.host("HOTLINE_HOST", "0.0.0.0"),
                Path.of(r.string("HOTLINE_DB", "./data/hotline.db")),
                Path.of(r.string("HOTLINE_KB", "./knowledge-base")),
                token,
                r.uri("TELEGRAM_API_URL", r.string("TELEGRAM_API_URL", "https://api.telegram.org")),
                mode,
                webhookUrl,
                secret,
                r.optional("HOTLINE_COUNSELOR_CHAT_ID").map(r::chatId),
                adminUser,
                adminPassword,
                r.officeHours(),
                Duration.ofSeconds(r.integer("HOTLINE_EMERGENCY_REALERT_SECONDS", 300, 5, 86_400)),
                r.optional("HOTLINE_PUBLIC_URL").map(v -> r.uri("HOTLINE_PUBLIC_URL", v)),
                r.decimal("HOTLINE_NLU_MIN_CONFIDENCE", 0.45),
                r.decimal("HOTLINE_NLU_MIN_MARGIN", 0.12),
                r.integer("HOTLINE_RETENTION_CLOSED_CASE_DAYS", 180, 1, 36_500),
                r.integer("HOTLINE_RETENTION_BOT_ONLY_DAYS", 30, 1, 36_500),
                r.integer("HOTLINE_RATE_LIMIT_PER_MINUTE", 30, 1, 100_000));
    }

    /**
     * Every environment variable the service reads, in reading order: found by reading an empty environment through
     * a recording map, so the list cannot drift from {@link #fromEnv(Map)} (deploy/env.example is tested against it).
     */
    public static java.util.List<String> variables() {
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        fromEnv(new java.util.HashMap<>() {
            @Override
            public String get(Object key) {
                seen.add((String) key);
                return null;
            }
        });
        return java.util.List.copyOf(seen);
    }

    /** A configuration on a free loopback port with this database and knowledge base: what tests usually change. */
    public static Config forTests(Path db, Path kb, Map<String, String> extra) {
        var env = new java.util.HashMap<>(extra);
        env.putIfAbsent("HOTLINE_PORT", "0");
        env.putIfAbsent("HOTLINE_HOST", "127.0.0.1");
        env.put("HOTLINE_DB", db.toString());
        env.put("HOTLINE_KB", kb.toString());
        return fromEnv(env);
    }

    private record Reader(Map<String, String> env) {
        private static final java.util.Set<String> LOOPBACK = java.util.Set.of("127.0.0.1", "localhost", "[::1]");

        Optional<String> optional(String name) {
            String v = env.get(name);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
        }

        String string(String name, String def) {
            return optional(name).orElse(def);
        }

        int integer(String name, int def, int min, int max) {
            Optional<String> v = optional(name);
            if (v.isEmpty()) {
                return def;
            }
            try {
                int n = Integer.parseInt(v.get());
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a whole number from " + min + " to " + max + ", was '" + v.get() + "'");
            }
        }

        double decimal(String name, double def) {
            Optional<String> v = optional(name);
            if (v.isEmpty()) {
                return def;
            }
            try {
                double d = Double.parseDouble(v.get());
                if (d < 0 || d > 1) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be a number from 0 to 1, was '" + v.get() + "'");
            }
        }

        URI uri(String name, String value) {
            try {
                URI u = URI.create(value);
                if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null) {
                    throw new IllegalArgumentException();
                }
                return u;
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name + " must be an http(s) URL, was '" + value + "'");
            }
        }

        /**
         * The URL Telegram calls in webhook mode: https, as Telegram requires. Plain http only to this machine
         * (127.0.0.1, localhost, ::1), where tests run a local fake Bot API.
         */
        URI webhookUrl(String value) {
            String name = "TELEGRAM_WEBHOOK_URL";
            URI u;
            try {
                u = uri(name, value);
            } catch (ConfigException e) {
                u = null;
            }
            if (u == null || !u.getScheme().equals("https") && !LOOPBACK.contains(u.getHost().toLowerCase(Locale.ROOT))) {
                throw new ConfigException(name + " must be an https:// URL (Telegram refuses plain http for webhooks), was '"
                        + value + "'");
            }
            return u;
        }

        /** A Telegram chat id: a whole number, negative for groups (-1001234567890); the bot compares it as text. */
        String chatId(String value) {
            String name = "HOTLINE_COUNSELOR_CHAT_ID";
            try {
                if (!value.matches("-?[1-9][0-9]{0,18}")) {
                    throw new NumberFormatException();
                }
                return Long.toString(Long.parseLong(value));
            } catch (NumberFormatException e) {
                throw new ConfigException(name + " must be the counselors' Telegram group chat id, a whole number like "
                        + "-1001234567890, was '" + value + "'");
            }
        }

        <E extends Enum<E>> E choice(String name, Class<E> type, E def) {
            Optional<String> v = optional(name);
            if (v.isEmpty()) {
                return def;
            }
            try {
                return Enum.valueOf(type, v.get().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", was '" + v.get() + "'");
            }
        }

        OfficeHours officeHours() {
            String zoneName = string("HOTLINE_TIMEZONE", "Asia/Jakarta");
            ZoneId zone;
            try {
                zone = ZoneId.of(zoneName);
            } catch (RuntimeException e) {
                throw new ConfigException("HOTLINE_TIMEZONE must be a time zone like Asia/Jakarta, was '" + zoneName + "'");
            }
            return OfficeHours.parse(string("HOTLINE_OFFICE_HOURS", "mon-fri 08:00-16:00"), zone);
        }

        /** An IP address to listen on (IPv4 like 127.0.0.1, or IPv6 like ::1); names are not resolved. */
        String host(String name, String def) {
            String v = string(name, def);
            boolean ipv4 = v.matches("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
            if (ipv4 || v.contains(":") && v.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*") && isInetLiteral(v)) {
                return v;
            }
            throw new ConfigException(name + " must be an IP address to listen on, such as 0.0.0.0 (every interface), "
                    + "127.0.0.1 (this machine only, behind nginx) or ::1 (IPv6, this machine only), was '" + v + "'");
        }

        private static boolean isInetLiteral(String v) {
            try {
                java.net.InetAddress.getByName(v); // a literal with ':' is parsed, never looked up
                return true;
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
    }
}

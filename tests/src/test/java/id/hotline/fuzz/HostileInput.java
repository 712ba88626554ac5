package id.hotline.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Random and hostile inputs, reproducible from a seed. */
final class HostileInput {
    static final List<String> STRINGS = List.of(
            "'; DROP TABLE messages; --", "\" OR 1=1 --", "Robert'); DELETE FROM conversations;--",
            "<script>alert(1)</script>", "<img src=x onerror=alert(document.cookie)>", "{{polri}} {{#each}}",
            "${jndi:ldap://127.0.0.1/x}", "%s%s%s%n", "../../../../etc/passwd", "\u202Egnp.exe\u202C",
            "\u0000\u0001\u0007\u001b[31mred", "line\r\nSet-Cookie: x=1", "😀🇮🇩 مرحبا 你好", "\uFEFFzero\u200Bwidth",
            "/hapus", "/konselor@hotline_bot", "/bahasa ' OR ''='", "🙂".repeat(500), "a\tb\u000bc\u000cd");

    private final Random random;

    HostileInput(long seed) {
        this.random = new Random(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String hostileText() {
        return switch (random.nextInt(5)) {
            case 0 -> STRINGS.get(random.nextInt(STRINGS.size()));
            case 1 -> randomUnicode(1 + random.nextInt(300));
            case 2 -> STRINGS.get(random.nextInt(STRINGS.size())) + " " + randomUnicode(random.nextInt(40));
            case 3 -> controlChars(1 + random.nextInt(50));
            default -> "x".repeat(1 + random.nextInt(5000));
        };
    }

    /** Code points from all planes, including controls, but never lone surrogates. */
    String randomUnicode(int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x800);
                case 2 -> random.nextInt(0xD800);
                default -> 0x10000 + random.nextInt(0x10000);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    String controlChars(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 'a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    byte[] randomBytes(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    /** UTF-8 of {@code before + after} with invalid UTF-8 sequences spliced in between. */
    byte[] withInvalidUtf8(String before, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF0, (byte) 0x28};
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(bad, 0, out, head.length, bad.length);
        System.arraycopy(tail, 0, out, head.length + bad.length, tail.length);
        return out;
    }

    /** A JSON array nested {@code depth} deep: [[[...1...]]]. */
    static String nested(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth);
    }
}

package id.hotline.channel.telegram;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramSeamTest {
    @Test
    void only_the_telegram_channel_package_imports_the_telegram_library() throws Exception {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("id/hotline/channel/telegram")))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("import org.telegram.");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }
}

package id.hotline.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.hotline.config.ConfigException;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the one HTTP server listens (HOTLINE_HOST, HOTLINE_PORT), and what an operator reads when it cannot. */
class HttpServerTest {
    private static final String IN_USE = " is already in use; stop the other program or choose another port";

    @Test
    void a_port_in_use_is_found_before_the_slow_start_and_said_in_one_line() throws IOException {
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = held.getLocalPort();
            assertThatThrownBy(() -> HttpServer.checkCanListen("0.0.0.0", port)).isInstanceOf(ConfigException.class)
                    .hasMessage("HOTLINE_PORT " + port + IN_USE);
            assertThatThrownBy(() -> HttpServer.checkCanListen("127.0.0.1", port)).isInstanceOf(ConfigException.class)
                    .hasMessage("HOTLINE_PORT " + port + " is already in use on 127.0.0.1; stop the other program or choose another port");
        }
        assertThatCode(() -> HttpServer.checkCanListen("127.0.0.1", 0)).doesNotThrowAnyException();
    }

    @Test
    void a_port_taken_between_the_check_and_the_start_gets_the_same_line_not_a_stack_trace() throws IOException {
        Javalin http = HttpServer.create(List.of());
        try (ServerSocket held = new ServerSocket()) {
            held.bind(new InetSocketAddress("127.0.0.1", 0));
            assertThatThrownBy(() -> HttpServer.start(http, "127.0.0.1", held.getLocalPort()))
                    .isInstanceOf(ConfigException.class).hasMessageContaining(" is already in use on 127.0.0.1; ");
        } finally {
            http.stop();
        }
    }

    @Test
    void an_address_this_machine_does_not_have_names_hotline_host() {
        assertThatThrownBy(() -> HttpServer.checkCanListen("192.0.2.1", 7070)).isInstanceOf(ConfigException.class)
                .hasMessage("HOTLINE_HOST 192.0.2.1 is not an address of this machine; use 0.0.0.0 (every interface) "
                        + "or 127.0.0.1 (this machine only), or another IP address this machine has");
    }

    @Test
    void on_an_ipv6_address_the_listening_url_has_it_in_brackets() throws IOException {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.setContext(ctx);
        log.start();
        Logger javalin = ctx.getLogger("io.javalin");
        javalin.addAppender(log);
        Javalin http = HttpServer.create(List.of());
        try {
            HttpServer.start(http, "::1", 0);
            assertThat(reachable("::1", http.port())).isTrue();
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .contains("Listening on http://[::1]:" + http.port() + "/");
        } finally {
            http.stop();
            javalin.detachAppender(log);
        }
        assertThat(HttpServer.inUrl("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(HttpServer.inUrl("::")).isEqualTo("[::]");
    }

    @Test
    void bound_to_127_0_0_1_it_cannot_be_reached_on_another_address() throws IOException {
        Javalin http = HttpServer.create(List.of());
        try {
            HttpServer.start(http, "127.0.0.1", 0);
            assertThat(reachable("127.0.0.1", http.port())).isTrue();
            assertThat(reachable("127.0.0.2", http.port())).as("another loopback address: not listened on").isFalse();
        } finally {
            http.stop();
        }
    }

    private static boolean reachable(String address, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (java.net.ConnectException e) {
            return false;
        }
    }
}

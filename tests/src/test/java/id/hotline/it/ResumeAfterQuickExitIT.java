package id.hotline.it;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.it.support.Browsers;
import id.hotline.it.support.ConsoleAdminApi;
import id.hotline.it.support.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web chat person who pressed Quick exit after a case opened comes back with the code the page showed and reads the
 * counselor's reply: real headless Chromium, the real service, a counselor writing through the console API.
 */
@Timeout(120)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResumeAfterQuickExitIT {
    private static final String ADMIN_PASSWORD = "admin-password-1";
    private static final Pattern CODE = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}");
    private static Hotline hotline;
    private static ChromeDriver browser;
    private static ConsoleAdminApi counselor;

    @BeforeAll
    static void start() throws Exception {
        hotline = Services.start(Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        String base = "http://127.0.0.1:" + hotline.port();
        new ConsoleAdminApi(base).login("admin", ADMIN_PASSWORD).createCounselor("sari", "sari-password-1");
        counselor = new ConsoleAdminApi(base).login("sari", "sari-password-1");
        browser = Browsers.headlessChromium();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (hotline != null) {
            hotline.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String page() {
        return "http://127.0.0.1:" + hotline.port() + "/";
    }

    private void type(String text) {
        waiting().until(d -> d.findElement(By.id("send")).isEnabled());
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    @Order(1)
    void the_code_shown_when_a_case_opens_brings_the_chat_and_the_counselors_reply_back_after_a_quick_exit() throws Exception {
        browser.get(page());
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        String plea = "paspor saya ditahan majikan, saya tidak boleh keluar rumah";
        type(plea);
        String shown = waiting().until(d -> d.findElement(By.cssSelector("#log .msg.resume"))).getText();
        Matcher m = CODE.matcher(shown);
        assertThat(m.find()).as(shown).isTrue();
        String code = m.group();
        assertThat(shown).contains("/lanjut " + code);

        browser.findElement(By.id("quick-exit")).click();
        waiting().until(d -> "about:blank".equals(d.getCurrentUrl()));

        long caseId = caseWith(plea);
        counselor.post("/api/console/cases/" + caseId + "/claim", null, 200);
        String reply = "Halo, saya Sari, konselor. Apakah Anda aman sekarang?";
        counselor.post("/api/console/cases/" + caseId + "/messages", Map.of("text", reply), 201);

        browser.get(page());
        assertThat(texts("#log .msg.user")).as("the page forgot the chat").isEmpty();
        type("/lanjut " + code.toLowerCase());
        waiting().until(d -> texts("#log .msg.counselor").stream().anyMatch(t -> t.contains(reply)));
        assertThat(texts("#log .msg.notice")).anyMatch(t -> t.contains("Chat Anda dibuka lagi"));
        assertThat(texts("#log .msg.user")).contains(plea).doesNotContain("/lanjut " + code.toLowerCase());

        // the person goes on in that conversation: the counselor reads the next message in the same case
        String next = "iya saya aman, majikan sedang pergi";
        type(next);
        waiting().until(d -> messagesOf(caseId).stream().anyMatch(t -> t.equals(next)));
        browser.executeScript("localStorage.clear()");
    }

    @Test
    @Order(2) // last: it uses up this address's tries for a minute
    void an_unknown_code_is_told_plainly_and_guessing_is_limited() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int last = 0;
        String body = "";
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(page() + "api/chat"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"session\":\"guess-session-1\",\"text\":\"/lanjut AAAA-BBB2\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            last = r.statusCode();
            body = r.body();
            if (i == 0) {
                assertThat(last).isEqualTo(200);
                assertThat(body).contains("Kode itu tidak kami kenal").doesNotContain("\"resume\"");
            }
        }
        assertThat(last).as("more than three tries a minute").isEqualTo(429);
        assertThat(body).contains("\"error\"").contains("Tunggu sebentar");
        // nothing was kept for the session the codes were typed in
        HttpResponse<String> kept = http.send(HttpRequest.newBuilder(URI.create(page() + "api/chat/guess-session-1/messages"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kept.body()).isEqualTo("{\"messages\":[]}");
    }

    private long caseWith(String text) throws Exception {
        for (JsonNode c : counselor.get("/api/console/cases").path("cases")) {
            long id = c.path("id").asLong();
            if (messagesOf(id).contains(text)) {
                return id;
            }
        }
        throw new AssertionError("no case has the message " + text);
    }

    private List<String> messagesOf(long caseId) {
        try {
            return StreamSupport.stream(counselor.get("/api/console/cases/" + caseId).path("messages").spliterator(), false)
                    .map(m -> m.path("text").asText()).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

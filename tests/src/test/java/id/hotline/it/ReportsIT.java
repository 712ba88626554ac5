package id.hotline.it;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.it.support.Browsers;
import id.hotline.it.support.ConsoleAdminApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance: "The reports page shows the numbers for a seeded database and the unanswered questions". A person rates a
 * topic answer with 👍 in the web chat; others write through the chat API; an admin opens the Laporan tab.
 */
@Timeout(120)
class ReportsIT {
    static final String ADMIN_PASSWORD = "admin-password-1";
    /** No NLU can place these: the bot asks back, then says it did not understand. */
    static final String GIBBERISH = "qwertyuiop zxcvbnm asdfghjkl";
    static final String GIBBERISH_AGAIN = "plokmijn uhbygv tfcrdx";

    @TempDir
    Path dir;
    Hotline hotline;
    ChromeDriver person;
    ChromeDriver admin;
    String base;

    @BeforeEach
    void start() {
        hotline = Hotline.start(Config.forTests(dir.resolve("hotline.db"), Path.of(System.getProperty("hotline.kb")),
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD)));
        base = "http://127.0.0.1:" + hotline.port();
        person = Browsers.headlessChromium();
        admin = Browsers.headlessChromium();
    }

    @AfterEach
    void stop() {
        for (WebDriver d : new WebDriver[] {person, admin}) {
            if (d != null) {
                d.quit();
            }
        }
        if (hotline != null) {
            hotline.close();
        }
    }

    @Test
    void the_laporan_tab_shows_the_numbers_and_the_unanswered_questions() throws Exception {
        rateATopicAnswerInTheWebChat(); // 4 inbound: /menu, a topic group, a topic, 👍
        var api = new ConsoleAdminApi(base);
        JsonNode clarify = api.chat("report-b-0001", GIBBERISH);
        assertThat(clarify.get("rateable").asBoolean()).isFalse();
        api.chat("report-b-0001", GIBBERISH_AGAIN);
        assertThat(api.chat("report-c-0001", "/konselor").get("caseOpen").asBoolean()).isTrue();
        assertThat(api.chat("report-d-0001", "premig.documents").get("rateable").asBoolean()).isTrue();

        loginAsAdmin();
        admin.findElement(By.id("nav-reports")).click();
        new WebDriverWait(admin, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("report-body")));
        assertThat(text("report-inbound")).isEqualTo("8");
        assertThat(text("report-outbound")).isEqualTo("8");
        assertThat(text("report-users")).isEqualTo("4");
        assertThat(text("report-fallback-rate")).isEqualTo("66,7%");
        assertThat(text("report-fallback-detail")).isEqualTo("2 dari 3 pertanyaan");
        assertThat(text("report-escalations")).isEqualTo("1");
        List<WebElement> unanswered = admin.findElements(By.cssSelector("#report-unanswered .unanswered-text"));
        assertThat(unanswered).extracting(WebElement::getText).containsExactly(GIBBERISH_AGAIN, GIBBERISH);
        assertThat(admin.findElements(By.cssSelector("#report-days-chart svg rect.bar"))).hasSize(30);
        assertThat(admin.findElements(By.cssSelector("#report-intents svg rect.bar"))).hasSize(2);
        List<WebElement> feedback = admin.findElements(By.cssSelector("#report-feedback tr"));
        assertThat(feedback).hasSize(2);
        assertThat(feedback.get(1).getText()).matches("premig\\.\\S+ 1 0");
        assertThat(text("report-priorities")).contains("Permintaan konselor 1");
        assertThat(admin.findElements(By.cssSelector("#report-csv a"))).hasSize(10);
    }

    private void rateATopicAnswerInTheWebChat() {
        person.get(base + "/");
        List<WebElement> ok = person.findElements(By.id("privacy-ok"));
        if (!ok.isEmpty() && ok.get(0).isDisplayed()) {
            ok.get(0).click();
        }
        WebElement input = new WebDriverWait(person, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(By.id("text")));
        input.sendKeys("/menu");
        person.findElement(By.id("send")).click();
        clickFirstSuggestion(); // a topic group
        clickFirstSuggestion(); // its first topic: answered, with 👍/👎 under it
        WebElement up = new WebDriverWait(person, Duration.ofSeconds(5)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#log .msg.bot .rate button")));
        assertThat(person.findElements(By.cssSelector("#log .msg.bot .rate button"))).hasSize(2);
        up.click();
        new WebDriverWait(person, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("#log .msg.bot")).stream()
                .anyMatch(e -> e.getText().contains("Terima kasih atas masukannya")));
        assertThat(person.findElements(By.cssSelector("#log .rate button:disabled"))).hasSize(2);
    }

    private void clickFirstSuggestion() {
        int before = person.findElements(By.cssSelector("#log .msg.bot")).size();
        new WebDriverWait(person, Duration.ofSeconds(5)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#suggestions button"))).click();
        new WebDriverWait(person, Duration.ofSeconds(5)).until(d -> d.findElements(By.cssSelector("#log .msg.bot")).size() > before);
    }

    private void loginAsAdmin() {
        admin.get(base + "/console");
        new WebDriverWait(admin, Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(base + "/console/login"));
        admin.findElement(By.id("username")).sendKeys("admin");
        admin.findElement(By.id("password")).sendKeys(ADMIN_PASSWORD);
        admin.findElement(By.id("login-button")).click();
        new WebDriverWait(admin, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("me"), "admin (admin)"));
    }

    private String text(String id) {
        return admin.findElement(By.id(id)).getText();
    }
}

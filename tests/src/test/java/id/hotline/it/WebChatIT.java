package id.hotline.it;

import id.hotline.Hotline;
import id.hotline.it.support.Browsers;
import id.hotline.it.support.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat as a person uses it, in real headless Chromium against the real service. */
@Timeout(120)
class WebChatIT {
    private static Hotline hotline;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        hotline = Services.start(Map.of());
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

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#log .msg.bot"));
    }

    private void send(String text) {
        int before = botMessages().size();
        browser.findElement(By.id("text")).sendKeys(text);
        waiting().until(d -> d.findElement(By.id("send")).isEnabled()); // the page first loads the conversation so far
        browser.findElement(By.id("send")).click();
        waiting().until(d -> botMessages().size() > before);
    }

    private String lastBotText() {
        List<WebElement> all = botMessages();
        return all.get(all.size() - 1).getText();
    }

    @Test
    void a_newcomer_sees_the_privacy_notice_asks_about_atensi_and_follows_a_button() {
        browser.get("http://127.0.0.1:" + hotline.port() + "/");
        WebElement privacy = browser.findElement(By.id("privacy"));
        assertThat(privacy.isDisplayed()).isTrue();
        assertThat(privacy.getText()).contains("/hapus", "/privasi");
        browser.findElement(By.id("privacy-ok")).click();
        assertThat(privacy.isDisplayed()).isFalse();

        send("apa itu ATENSI?");
        assertThat(lastBotText()).contains("Asistensi Rehabilitasi Sosial").contains("Dinas Sosial");

        List<WebElement> buttons = browser.findElements(By.cssSelector("#suggestions button"));
        WebElement access = buttons.stream().filter(b -> b.getText().toLowerCase().contains("atensi")).findFirst().orElseThrow();
        String label = access.getText();
        int before = botMessages().size();
        access.click();
        waiting().until(d -> botMessages().size() > before);
        List<WebElement> users = browser.findElements(By.cssSelector("#log .msg.user"));
        assertThat(users.get(users.size() - 1).getText()).isEqualTo(label);

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("privacy")).isDisplayed()).isFalse();
    }

    @Test
    void the_english_button_under_the_first_answer_switches_the_next_answers_to_english() {
        openWithNewSession();
        try {
            send("apa itu ATENSI?");
            assertThat(lastBotText()).contains("Kementerian Sosial");
            click("English");
            assertThat(lastBotText()).isEqualTo("OK, I will answer in English.");
            assertThat(buttonLabels()).contains("What is ATENSI", "Main menu");

            send("cara daftar atensi gimana");
            assertThat(lastBotText()).contains("How to get ATENSI").contains("Dinas Sosial");
            send("/menu");
            assertThat(lastBotText()).isEqualTo("Choose a topic:");
            click("Bahasa Indonesia");
            assertThat(lastBotText()).isEqualTo("Baik, saya akan menjawab dalam Bahasa Indonesia.");
        } finally {
            browser.executeScript("localStorage.removeItem('hotline.session')");
        }
    }

    private void openWithNewSession() {
        browser.get("http://127.0.0.1:" + hotline.port() + "/");
        browser.executeScript("localStorage.removeItem('hotline.session'); localStorage.removeItem('hotline.lang')");
        browser.navigate().refresh();
    }

    private List<String> buttonLabels() {
        return browser.findElements(By.cssSelector("#suggestions button")).stream().map(WebElement::getText).toList();
    }

    private void click(String label) {
        int before = botMessages().size();
        browser.findElements(By.cssSelector("#suggestions button")).stream().filter(b -> b.getText().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "' in " + buttonLabels())).click();
        waiting().until(d -> botMessages().size() > before);
    }

    private List<String> userTexts() {
        return browser.findElements(By.cssSelector("#log .msg.user")).stream().map(WebElement::getText).toList();
    }

    @Test
    void after_a_rating_and_a_reopen_the_person_has_buttons_to_go_on_and_sees_the_buttons_they_pressed() {
        openWithNewSession();
        try {
            send("apa itu ATENSI?");
            int before = botMessages().size();
            browser.findElement(By.cssSelector("#log .msg.bot .rate button[title='Jawaban ini membantu']")).click();
            waiting().until(d -> botMessages().size() > before);
            assertThat(lastBotText()).isEqualTo("Terima kasih atas masukannya.");
            assertThat(buttonLabels()).containsExactly("Menu utama");
            click("Menu utama");
            click("Pulang & reintegrasi");
            List<String> offered = buttonLabels();
            assertThat(offered).hasSizeGreaterThan(2).contains("Menu utama");

            browser.navigate().refresh();
            waiting().until(d -> userTexts().size() == 3 && !buttonLabels().isEmpty());
            assertThat(userTexts()).containsExactly("apa itu ATENSI?", "Menu utama", "Pulang & reintegrasi"); // no 👍
            assertThat(buttonLabels()).isEqualTo(offered);
            waiting().until(d -> d.findElement(By.id("send")).isEnabled());
            click(offered.get(0)); // a restored button works like the one before the reopen
            assertThat(userTexts()).hasSize(4).last().isEqualTo(offered.get(0));
            assertThat(lastBotText()).isNotEqualTo("Pilih yang paling dekat dengan pertanyaan Anda:");
        } finally {
            browser.executeScript("localStorage.removeItem('hotline.session')");
        }
    }

    @Test
    void html_typed_by_a_user_is_shown_as_text() {
        browser.get("http://127.0.0.1:" + hotline.port() + "/");
        send("<b>tebal</b><script>window.hacked=1</script>");
        List<WebElement> users = browser.findElements(By.cssSelector("#log .msg.user"));
        assertThat(users.get(users.size() - 1).getText()).isEqualTo("<b>tebal</b><script>window.hacked=1</script>");
        assertThat(browser.executeScript("return window.hacked === undefined")).isEqualTo(true);
    }

    @Test
    void the_quick_exit_button_under_a_danger_reply_leaves_nothing_on_screen() {
        openWithNewSession();
        send("tolong majikan saya bawa pisau mau bunuh saya");
        assertThat(lastBotText()).contains("110");
        browser.findElements(By.cssSelector("#suggestions button")).stream().filter(b -> b.getText().equals("Keluar cepat"))
                .findFirst().orElseThrow(() -> new AssertionError("no quick exit in " + buttonLabels())).click();
        waiting().until(d -> "about:blank".equals(d.getCurrentUrl()));
        browser.get("http://127.0.0.1:" + hotline.port() + "/");
        assertThat(botMessages()).hasSize(1); // the page's greeting only: the session was dropped
    }

    @Test
    void a_long_danger_reply_shows_its_help_lines_first_as_tap_to_call_links() {
        openWithNewSession();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 640)); // a cheap phone's screen
        try {
            send("paspor saya ditahan majikan, saya dikurung, gaji tidak dibayar 5 bulan");
            List<WebElement> bots = botMessages();
            WebElement reply = bots.get(bots.size() - 1);
            List<String> links = reply.findElements(By.cssSelector("a[href^='tel:']")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertThat(links).contains("tel:110", "tel:0800-1000".replace("-", ""), "tel:+6281290070027");
            Object top = browser.executeScript("var log = document.getElementById('log'); var m = arguments[0];"
                    + "var lr = log.getBoundingClientRect(), mr = m.getBoundingClientRect();"
                    + "return mr.height > lr.height && mr.top >= lr.top - 1 && mr.top < lr.top + 40;", reply);
            assertThat(top).as("the start of a reply taller than the screen is in view").isEqualTo(true);
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915)); // as Browsers starts it
        }
    }

    @Test
    void the_quick_exit_leaves_no_trace_of_the_page_language_either() {
        openWithNewSession();
        send("what is ATENSI and who can get it?");
        waiting().until(d -> d.findElement(By.id("send")).getText().equals("Send"));
        browser.findElement(By.id("quick-exit")).click();
        waiting().until(d -> "about:blank".equals(d.getCurrentUrl()));
        browser.get("http://127.0.0.1:" + hotline.port() + "/");
        assertThat(browser.executeScript("return localStorage.getItem('hotline.lang')")).isNull();
        assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("Kirim");
        assertThat(browser.findElement(By.id("quick-exit")).getText()).isEqualTo("Keluar cepat");
    }

    @Test
    void danger_over_the_rate_limit_is_shown_once_as_the_bots_reply_with_its_quick_exit() throws Exception {
        openWithNewSession();
        send("paspor saya ditahan majikan di hongkong");
        // the same session floods the chat from the page's own script until it is over the limit
        Object status = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var s = localStorage.getItem('hotline.session'); var last = 0; var p = Promise.resolve();"
                + "for (var i = 0; i < 32; i++) { p = p.then(function () { return fetch('/api/chat', {method: 'POST',"
                + "headers: {'Content-Type': 'application/json'}, body: JSON.stringify({session: s, text: '/status'})})"
                + ".then(function (r) { last = r.status; }); }); }"
                + "p.then(function () { done(last); });");
        assertThat(status).isEqualTo(429L);
        send("dia bawa pisau mau bunuh saya");
        Thread.sleep(3_000); // two polls: the stored reply must not come back as a second bubble
        long shown = botMessages().stream().filter(m -> m.getText().contains("110")).count();
        assertThat(shown).isEqualTo(2); // the first reply of the case, and the emergency lines once
        assertThat(lastBotText()).contains("Keselamatan Anda");
        assertThat(browser.findElements(By.cssSelector("#log .msg.notice"))).isEmpty();
        assertThat(buttonLabels()).contains("Keluar cepat");
        browser.executeScript("localStorage.removeItem('hotline.session')");
    }

    @Test
    void deleting_by_typing_ya_clears_the_conversation_from_the_page() {
        openWithNewSession();
        send("apa itu ATENSI?");
        send("/hapus");
        browser.findElement(By.id("text")).sendKeys("ya");
        waiting().until(d -> d.findElement(By.id("send")).isEnabled());
        browser.findElement(By.id("send")).click();
        // the log element stays while its messages are removed, so waiting on its text never reads a removed element
        waiting().until(d -> d.findElement(By.id("log")).getText().contains("sudah dihapus"));
        assertThat(browser.findElements(By.cssSelector("#log .msg"))).hasSize(1);
    }

    @Test
    void an_english_writer_gets_the_page_in_english_and_a_reopened_page_shows_the_whole_conversation() {
        openWithNewSession();
        try {
            assertThat(browser.findElement(By.id("send")).getText()).isEqualTo("Kirim");
            send("what is ATENSI and who can get it?");
            assertThat(lastBotText()).contains("Dinas Sosial");
            waiting().until(d -> d.findElement(By.id("send")).getText().equals("Send"));
            assertThat(browser.findElement(By.id("quick-exit")).getText()).isEqualTo("Quick exit");
            assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo("Write your question...");
            String answer = lastBotText();

            browser.navigate().refresh();
            waiting().until(d -> d.findElements(By.cssSelector("#log .msg.user")).size() == 1 && botMessages().size() == 2);
            assertThat(browser.findElement(By.cssSelector("#log .msg.user")).getText()).isEqualTo("what is ATENSI and who can get it?");
            assertThat(lastBotText()).startsWith(answer.substring(0, 40)); // shown again, without the 👍/👎 row
            assertThat(botMessages().get(0).getText()).startsWith("Hello!");
            assertThat(browser.findElement(By.cssSelector("header h1")).getText()).isEqualTo("Migrant Worker Information Service");
        } finally {
            browser.executeScript("localStorage.removeItem('hotline.session'); localStorage.removeItem('hotline.lang')");
        }
    }
}

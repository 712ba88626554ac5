package id.hotline.dialog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WithdrawalTest {
    @Test
    void cancelling_words_alone_take_a_request_back() {
        for (String t : new String[] {"tidak jadi deh batal saja", "batal", "cancel", "tidak jadi kak", "never mind",
                "batalkan permintaan konselor", "tidak jadi deh kakak tadi salah pencet", "tidak jadi deh kakak td salah pencet",
                "sorry wrong button never mind"}) {
            assertThat(Withdrawal.asked(t)).as(t).isTrue();
        }
    }

    @Test
    void a_message_that_says_more_is_not_a_withdrawal() {
        for (String t : new String[] {"tidak jadi berangkat uang saya ditahan agen", "jadi", "tidak", "kontrak batal tapi gaji belum dibayar",
                "ok", "saya jadi korban"}) {
            assertThat(Withdrawal.asked(t)).as(t).isFalse();
        }
    }
}

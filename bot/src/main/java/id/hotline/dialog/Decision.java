package id.hotline.dialog;

import id.hotline.domain.Reply;
import id.hotline.domain.Risk;

import java.util.List;

/** The reply chosen for one message, with the reading behind it. */
record Decision(Reply reply, String intent, double confidence, Risk risk, List<String> indicators) {
    static Decision of(Reply reply) {
        return new Decision(reply, null, 0.0, Risk.NONE, List.of());
    }
}

package id.hotline.testing;

import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;
import id.hotline.handoff.CaseListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every case event it is told about. */
public final class RecordingCaseListener implements CaseListener {
    public record Event(long caseId, CaseEvent event) {
    }

    public final List<Event> events = new CopyOnWriteArrayList<>();
    public final List<StoredMessage> messages = new CopyOnWriteArrayList<>();

    @Override
    public void caseChanged(HelpCase helpCase, CaseEvent event) {
        events.add(new Event(helpCase.id(), event));
    }

    @Override
    public void messageAdded(HelpCase helpCase, StoredMessage message) {
        messages.add(message);
    }
}

package id.hotline.handoff;

import id.hotline.domain.HelpCase;
import id.hotline.domain.StoredMessage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans case events out to listeners; one failing listener does not stop the others. */
public final class CaseEvents implements CaseListener {
    private static final Logger LOG = LoggerFactory.getLogger(CaseEvents.class);
    private final List<CaseListener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(CaseListener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(CaseListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void caseChanged(HelpCase helpCase, CaseEvent event) {
        for (CaseListener l : listeners) {
            try {
                l.caseChanged(helpCase, event);
            } catch (RuntimeException e) {
                LOG.warn("case listener failed for case {}: {}", helpCase.id(), e.toString());
            }
        }
    }

    @Override
    public void conversationDeleted(long conversationId, boolean byPerson) {
        for (CaseListener l : listeners) {
            try {
                l.conversationDeleted(conversationId, byPerson);
            } catch (RuntimeException e) {
                LOG.warn("case listener failed for deleted conversation {}: {}", conversationId, e.toString());
            }
        }
    }

    @Override
    public void messageAdded(HelpCase helpCase, StoredMessage message) {
        for (CaseListener l : listeners) {
            try {
                l.messageAdded(helpCase, message);
            } catch (RuntimeException e) {
                LOG.warn("case listener failed for case {}: {}", helpCase.id(), e.toString());
            }
        }
    }
}

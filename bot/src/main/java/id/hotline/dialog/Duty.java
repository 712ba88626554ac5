package id.hotline.dialog;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Whether counselors are on duty {@code now}; when not, when the next shift starts ({@code back}, in the hotline's zone). */
record Duty(Instant now, Optional<ZonedDateTime> back) {
    boolean onDuty() {
        return back.isEmpty();
    }
}

package id.hotline.reports;

import java.time.Instant;

/** When a case was opened, claimed (last claim) and closed; claimed and closed are null when it has not happened. */
public record CaseTimes(Instant opened, Instant claimed, Instant closed) {
}

package id.hotline.domain;

import java.util.List;

/** The risk detector's verdict, independent of the top intent: level and the indicators that led to it. */
public record RiskAssessment(Risk risk, List<String> indicators) {
    public static final RiskAssessment NONE = new RiskAssessment(Risk.NONE, List.of());

    public RiskAssessment {
        if (risk == null) {
            throw new IllegalArgumentException("risk is required");
        }
        indicators = List.copyOf(indicators);
    }
}

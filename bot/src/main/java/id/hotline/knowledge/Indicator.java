package id.hotline.knowledge;

import id.hotline.domain.Risk;

import java.util.List;

/**
 * A trafficking / forced-labour / danger indicator from knowledge-base/indicators.yaml.
 *
 * @param intents  classifier intents whose score also signals this indicator
 * @param patterns regular expressions matched against the normalised text
 * @param general  when a match is only general talk about trafficking (then it offers a counselor instead of
 *                 opening a case), or null when every match counts
 * @param winsOver intents this indicator's first intent replaces when it matches and the classifier chose one of them
 *                 (a beating reported with a locked door is answered as violence)
 * @param raises   null, or the level a reading that opens a case is raised to when this indicator is found in it too
 *                 (a child: alone no sign, "aku 16 tahun" with exploitation is an emergency); such an indicator has
 *                 risk none and is reported only in a reading that opens a case
 * @param calms    found with no sign a pattern finds, a case the classifier alone would open for exploitation, or for
 *                 danger it is not sure of, is only offered (a death told: "anak saya meninggal di saudi, katanya bunuh
 *                 diri" reads a little like danger to the classifier)
 * @param says     null, or the messages.yaml text put before the reply when this indicator is found outside an open
 *                 case (condolences for a death told, a plain warning for a job offer with red flags)
 */
public record Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns,
                        GeneralTalk general, List<String> winsOver, Risk raises, boolean calms, String says) {
    public Indicator {
        intents = List.copyOf(intents);
        patterns = List.copyOf(patterns);
        winsOver = List.copyOf(winsOver);
        if (!winsOver.isEmpty() && intents.isEmpty()) {
            throw new IllegalArgumentException("wins_over needs intents: (the first one is what it wins with)");
        }
        if (raises != null && (risk != Risk.NONE || !raises.opensCase() || !intents.isEmpty() || general != null)) {
            throw new IllegalArgumentException("raises needs risk: none, a level that opens a case (escalate or "
                    + "emergency), and no intents or guard");
        }
    }

    public Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns,
                     GeneralTalk general, List<String> winsOver) {
        this(id, risk, label, intents, patterns, general, winsOver, null, false, null);
    }

    public Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns,
                     GeneralTalk general) {
        this(id, risk, label, intents, patterns, general, List.of());
    }

    public Indicator(String id, Risk risk, Texts label, List<String> intents, List<String> patterns) {
        this(id, risk, label, intents, patterns, null);
    }
}

package org.alliancegraph;

/**
 * A fact that an earlier version of the dataset held and this one does not: it was removed, or
 * merged into another. The message says when and why, and where it went, so that a citation of
 * the old id can be followed.
 */
public class RetiredException extends InvalidRequestException {

    private final String replacedBy;
    private final String version;

    public RetiredException(String id, String version, String reason, String replacedBy) {
        super("Fact '" + id + "' was retired in version " + version
                + (replacedBy == null ? "" : " and replaced by " + replacedBy) + ": " + reason);
        this.replacedBy = replacedBy;
        this.version = version;
    }

    /** The fact that took its place, or null when none did. */
    public String replacedBy() {
        return replacedBy;
    }

    /** The dataset version that retired it. */
    public String version() {
        return version;
    }
}

package org.alliancegraph;

/**
 * The database answers but holds no Alliance Graph dataset (yet): it is being loaded, or was
 * never loaded. Reported as an outage, not as a bad request or a bug.
 */
public class DatasetUnavailableException extends IllegalStateException {

    public DatasetUnavailableException(String message) {
        super(message);
    }
}

package org.alliancegraph;

import java.util.List;

/** An actor, fact or note that the graph does not hold; the message suggests the closest ids. */
public class NotFoundException extends InvalidRequestException {

    private final List<String> suggestions;

    public NotFoundException(String message, List<String> suggestions) {
        super(suggestions.isEmpty() ? message : message + "; did you mean " + String.join(", ", suggestions) + "?");
        this.suggestions = List.copyOf(suggestions);
    }

    /** The closest known ids, nearest first. */
    public List<String> suggestions() {
        return suggestions;
    }
}

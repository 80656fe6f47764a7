package org.alliancegraph.cli;

/** A failure whose message is written for the user and needs no stack trace (exit code 1). */
final class UserFacingException extends RuntimeException {

    UserFacingException(String message) {
        super(message);
    }

    UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.alliancegraph;

/**
 * A question the data cannot answer as asked: a year outside its range, a period that ends
 * before it starts. The message names the problem and, where it can, the fix.
 */
public class InvalidRequestException extends IllegalArgumentException {

    public InvalidRequestException(String message) {
        super(message);
    }
}

package org.alliancegraph.validate;

/**
 * One broken rule.
 *
 * @param subject the fact (or other node) that breaks it
 * @param rule    the rule's name
 * @param detail  what is wrong
 */
public record Violation(String subject, String rule, String detail) {

    @Override
    public String toString() {
        return subject + ": " + rule + ": " + detail;
    }
}

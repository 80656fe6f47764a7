package org.alliancegraph.load;

/**
 * A statement of a load script failed: the message names the script, the line and the statement.
 */
public final class ScriptFailure extends RuntimeException {

    private final String script;
    private final int line;

    ScriptFailure(CypherScript script, CypherScript.Statement statement, String reason, Throwable cause) {
        super(script.name() + ", line " + statement.line() + ": " + reason
                + "\n  in statement: " + statement.firstLine(), cause);
        this.script = script.name();
        this.line = statement.line();
    }

    public String script() {
        return script;
    }

    public int line() {
        return line;
    }
}

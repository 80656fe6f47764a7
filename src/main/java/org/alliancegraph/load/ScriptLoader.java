package org.alliancegraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Applies a set of scripts in order. The data statements of a script run in one transaction,
 * so that a script is applied whole or not at all and the load does not pay a commit per
 * statement; schema statements (constraints, indexes) may not share a transaction with writes,
 * so each runs in its own.
 */
public final class ScriptLoader {

    private static final Pattern SCHEMA = Pattern.compile(
            "^(CREATE|DROP)\\s+(CONSTRAINT|INDEX|RANGE\\s+INDEX|TEXT\\s+INDEX|POINT\\s+INDEX|FULLTEXT\\s+INDEX|LOOKUP\\s+INDEX)\\b.*",
            Pattern.DOTALL);

    /** Opens transactions on a database. */
    @FunctionalInterface
    public interface Database {
        Transaction begin();
    }

    /** A transaction: statements run in it, then it commits or rolls back. */
    public interface Transaction extends AutoCloseable {
        void run(String statement);

        void commit();

        /** Rolls back unless committed. */
        @Override
        void close();
    }

    private final Database database;
    private final Consumer<String> progress;

    /**
     * @param database where the statements run
     * @param progress receives one line per script applied
     */
    public ScriptLoader(Database database, Consumer<String> progress) {
        this.database = database;
        this.progress = progress;
    }

    /**
     * Applies every statement of every script, in order, and stops at the first failure.
     *
     * @throws ScriptFailure naming the script, line and statement that failed
     */
    public void apply(ScriptSet scripts) {
        int index = 0;
        for (CypherScript script : scripts.scripts()) {
            index++;
            long started = System.nanoTime();
            for (List<CypherScript.Statement> batch : batches(script)) {
                runInOneTransaction(script, batch);
            }
            progress.accept(String.format("  [%d/%d] %s: %d statements in %d ms", index, scripts.scripts().size(),
                    script.name(), script.statements().size(), (System.nanoTime() - started) / 1_000_000));
        }
    }

    private void runInOneTransaction(CypherScript script, List<CypherScript.Statement> batch) {
        CypherScript.Statement current = batch.get(0);
        try (Transaction tx = database.begin()) {
            for (CypherScript.Statement statement : batch) {
                current = statement;
                tx.run(statement.text());
            }
            tx.commit();
        } catch (RuntimeException e) {
            throw new ScriptFailure(script, current, reason(e), e);
        }
    }

    /** Runs of data statements, and each schema statement alone. */
    static List<List<CypherScript.Statement>> batches(CypherScript script) {
        List<List<CypherScript.Statement>> batches = new ArrayList<>();
        List<CypherScript.Statement> data = new ArrayList<>();
        for (CypherScript.Statement statement : script.statements()) {
            if (isSchema(statement.text())) {
                if (!data.isEmpty()) {
                    batches.add(data);
                    data = new ArrayList<>();
                }
                batches.add(List.of(statement));
            } else {
                data.add(statement);
            }
        }
        if (!data.isEmpty()) {
            batches.add(data);
        }
        return batches;
    }

    static boolean isSchema(String statement) {
        String code = statement.lines().map(String::strip).filter(l -> !l.startsWith("//"))
                .reduce((a, b) -> a + " " + b).orElse("");
        return SCHEMA.matcher(code.toUpperCase(Locale.ROOT)).matches();
    }

    private static String reason(Throwable e) {
        Throwable described = e;
        while (described.getMessage() == null && described.getCause() != null) {
            described = described.getCause();
        }
        String message = described.getMessage() == null ? described.getClass().getSimpleName() : described.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}

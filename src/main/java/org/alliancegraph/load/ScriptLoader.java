package org.alliancegraph.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Applies a set of scripts in order.
 *
 * <p>Schema statements (constraints, indexes) may not share a transaction with data writes: they
 * run first, together in a transaction of their own, and are idempotent ({@code IF NOT EXISTS}). Every data statement of every
 * script then runs in one transaction, after an optional statement that clears what a previous
 * load left: the load is all or nothing, and a failure leaves the database as it was.
 *
 * <p>The cost of a load is the statements Neo4j must parse and plan, not the facts it writes: the
 * data scripts hold one {@code UNWIND} of commented maps per file, and the loader sends each list
 * as a parameter (see {@link CypherLiterals}), so the whole graph is a few dozen small statements,
 * the fact scripts sharing one plan. {@link Mode#ROW_BY_ROW} runs them as they ran before, one
 * literal fact per statement and one transaction per script, for the benchmark and the
 * equivalence test.
 */
public final class ScriptLoader {

    private static final Pattern SCHEMA = Pattern.compile(
            "^(CREATE|DROP)\\s+(CONSTRAINT|INDEX|RANGE\\s+INDEX|TEXT\\s+INDEX|POINT\\s+INDEX|FULLTEXT\\s+INDEX|LOOKUP\\s+INDEX)\\b.*",
            Pattern.DOTALL);

    /** How the statements are sent. */
    public enum Mode {
        /** Each statement as written, all data in one transaction: the product's way. */
        BATCHED,
        /** Each statement as written, its lists parsed by Neo4j, all data in one transaction: for comparisons. */
        AS_WRITTEN,
        /** Each row of an {@code UNWIND} list as a statement of its own, one transaction per script: the old way. */
        ROW_BY_ROW
    }

    /** Opens transactions on a database. */
    @FunctionalInterface
    public interface Database {
        Transaction begin();
    }

    /** A transaction: statements run in it, then it commits or rolls back. */
    public interface Transaction extends AutoCloseable {
        void run(String statement, Map<String, Object> parameters);

        default void run(String statement) {
            run(statement, Map.of());
        }

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
     * Applies every statement of every script, in one data transaction.
     *
     * @throws ScriptFailure naming the script, line and statement that failed
     */
    public void apply(ScriptSet scripts) {
        apply(scripts, List.of(), Mode.BATCHED);
    }

    /**
     * Applies every statement of every script.
     *
     * @param clear statements that run first in the data transaction, to remove what a previous load left
     * @param mode  batched (the product's way) or row by row (the old way, for comparisons)
     * @throws ScriptFailure naming the script, line and statement that failed
     */
    public void apply(ScriptSet scripts, List<String> clear, Mode mode) {
        long schemaStarted = System.nanoTime();
        int schemaStatements = 0;
        try (Transaction tx = database.begin()) {
            for (CypherScript script : scripts.scripts()) {
                for (CypherScript.Statement statement : script.statements()) {
                    if (isSchema(statement.text())) {
                        run(tx, script, statement, statement.text());
                        schemaStatements++;
                    }
                }
            }
            tx.commit();
        }
        progress.accept(String.format("  schema: %d statements in one transaction in %d ms", schemaStatements,
                (System.nanoTime() - schemaStarted) / 1_000_000));
        if (mode == Mode.ROW_BY_ROW) {
            applyRowByRow(scripts, clear);
            return;
        }
        try (Transaction tx = database.begin()) {
            clear.forEach(tx::run);
            int index = 0;
            for (CypherScript script : scripts.scripts()) {
                index++;
                long started = System.nanoTime();
                for (CypherScript.Statement statement : data(script)) {
                    Prepared prepared = mode == Mode.AS_WRITTEN ? new Prepared(statement.text(), Map.of())
                            : Prepared.of(statement);
                    run(tx, script, statement, prepared.text(), prepared.parameters());
                }
                report(scripts, index, script, started);
            }
            tx.run(LoadRecord.WRITE, LoadRecord.of(scripts));
            tx.commit();
        }
    }

    /** A data statement as the loader sends it: its text, and the rows of its list as a parameter. */
    private record Prepared(String text, Map<String, Object> parameters) {

        /**
         * {@code UNWIND [literal list] AS x ...} becomes {@code UNWIND $rows AS x ...} with the list as
         * the parameter: Neo4j then parses and plans a few lines instead of the whole literal, and the
         * fact scripts, whose statements differ only in their lists, share one plan. Any other
         * statement runs as written.
         */
        static Prepared of(CypherScript.Statement statement) {
            var unwound = CypherScript.unwound(statement.text());
            var rows = unwound.flatMap(u -> CypherLiterals.list(u.list()));
            if (rows.isPresent()) {
                return new Prepared("UNWIND $rows" + unwound.get().after(), Map.of("rows", rows.get()));
            }
            return new Prepared(statement.text(), Map.of());
        }
    }

    private void applyRowByRow(ScriptSet scripts, List<String> clear) {
        try (Transaction tx = database.begin()) {
            clear.forEach(tx::run);
            tx.commit();
        }
        int index = 0;
        for (CypherScript script : scripts.scripts()) {
            index++;
            long started = System.nanoTime();
            try (Transaction tx = database.begin()) {
                for (CypherScript.Statement statement : data(script)) {
                    for (String row : CypherScript.unrolled(statement.text())) {
                        run(tx, script, statement, row);
                    }
                }
                tx.commit();
            }
            report(scripts, index, script, started);
        }
        try (Transaction tx = database.begin()) {
            tx.run(LoadRecord.WRITE, LoadRecord.of(scripts));
            tx.commit();
        }
    }

    private void report(ScriptSet scripts, int index, CypherScript script, long started) {
        progress.accept(String.format("  [%d/%d] %s: %d statements in %d ms", index, scripts.scripts().size(),
                script.name(), script.statements().size(), (System.nanoTime() - started) / 1_000_000));
    }

    private static void run(Transaction tx, CypherScript script, CypherScript.Statement statement, String text) {
        run(tx, script, statement, text, Map.of());
    }

    private static void run(Transaction tx, CypherScript script, CypherScript.Statement statement, String text,
            Map<String, Object> parameters) {
        try {
            tx.run(text, parameters);
        } catch (RuntimeException e) {
            throw new ScriptFailure(script, statement, reason(e), e);
        }
    }

    private static List<CypherScript.Statement> data(CypherScript script) {
        List<CypherScript.Statement> data = new ArrayList<>();
        for (CypherScript.Statement statement : script.statements()) {
            if (!isSchema(statement.text())) {
                data.add(statement);
            }
        }
        return data;
    }

    static boolean isSchema(String statement) {
        String code = statement.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//"))
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

package org.alliancegraph.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.alliancegraph.embedded.ScratchDatabase;
import org.alliancegraph.load.ContentHash;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.system.Neo4jConnection;
import org.alliancegraph.validate.Report;
import org.alliancegraph.validate.SourceText;
import org.alliancegraph.validate.Validator;
import org.alliancegraph.validate.Violation;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate}: loads the scripts into a scratch database (or takes the server given by
 * {@code --uri}) and audits every fact; any violation names the fact and the rule and fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Audit the graph: sources, quotes, notes, dates, amounts, actors, vocabulary, ids.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StoreOptions store;

    @Option(names = "--source-text", paramLabel = "PATH",
            description = "The source's full text: every quote must be found in it.")
    Path sourceText;

    @Override
    public Integer call() {
        Optional<SourceText> source = Optional.ofNullable(sourceText).map(SourceText::read);
        Optional<Neo4jConnection> external = connection.external();
        Report report;
        String content = null;
        if (external.isPresent()) {
            try (Driver driver = external.get().open()) {
                report = new Validator(driver).validate(Optional.empty(), source);
            }
        } else {
            Audit audit = audit(store.scriptSet(), source);
            report = audit.report();
            content = audit.content();
        }
        print(report);
        if (content != null) {
            System.out.println("content sha256 " + content);
        }
        return report.passed() ? 0 : Cli.FAILURE;
    }

    /** What the audit of the scripts found, and the content hash of the graph they load. */
    record Audit(Report report, String content) {
    }

    /** Loads the scripts into a scratch database and audits the graph they give. */
    static Audit audit(ScriptSet scripts, Optional<SourceText> source) {
        Console.info("Loading " + scripts.scripts().size() + " scripts from " + scripts.origin()
                + " into a scratch database");
        try (ScratchDatabase scratch = ScratchDatabase.start();
             Driver driver = new Neo4jConnection(scratch.server().boltUri(), "neo4j", Optional.empty()).open()) {
            scratch.load(scripts, Console::info);
            return new Audit(new Validator(driver).validate(Optional.of(scripts), source), ContentHash.of(driver));
        }
    }

    private static void print(Report report) {
        System.out.println("facts by type: " + line(report.factsByType()) + " (total "
                + report.factsByType().values().stream().mapToLong(Long::longValue).sum() + ")");
        System.out.println("actors by kind: " + line(report.actorsByKind()) + " (total "
                + report.actorsByKind().values().stream().mapToLong(Long::longValue).sum() + ")");
        if (report.quotesMatched() >= 0) {
            System.out.println("quotes matched " + report.quotesMatched() + "/" + report.quotes());
        } else {
            System.out.println("quotes " + report.quotes() + " (not matched: no --source-text given)");
        }
        if (report.passed()) {
            System.out.println("validate: OK");
            return;
        }
        for (Violation violation : report.violations()) {
            System.out.println("VIOLATION " + violation);
        }
        System.out.println("validate: " + report.violations().size() + " violations");
    }

    private static String line(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}

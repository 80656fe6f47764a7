package org.alliancegraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.embedded.EmbeddedStore;
import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.system.Reads;
import org.alliancegraph.system.Neo4jConnection;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: one small class per subcommand; this one wires them and maps failures to
 * messages and exit codes (0 success, 2 usage error, 1 other failure), never a stack trace.
 */
@Command(name = "alliance-graph", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "A sourced temporal graph of North Korea's alliances, 1945 to the early 1970s.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, RelationsCommand.class,
                DyadCommand.class, TriangleCommand.class, FactCommand.class, QueryFileCommand.class, IndexCommand.class,
                ExplainCommand.class, AlignmentCommand.class, SensitivityCommand.class, DisagreementsCommand.class,
                TrainCommand.class, CommandLine.HelpCommand.class})
public final class Cli {

    /** Exit code for a usage error: a bad option, argument or value. */
    public static final int USAGE = 2;
    /** Exit code for any other failure. */
    public static final int FAILURE = 1;

    private Cli() {
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        try {
            return commandLine().execute(args);
        } finally {
            Phases.print();
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        cli.setExecutionExceptionHandler(Cli::handle);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("Error: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        return cli;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof IllegalArgumentException) {
            err.println("Error: " + e.getMessage());
            return USAGE;
        }
        if (e instanceof Neo4jException neo4j) {
            err.println("Error: " + describe(neo4j));
            return FAILURE;
        }
        if (e instanceof ScriptFailure || e instanceof Neo4jConnection.UnreachableException
                || e instanceof IllegalStateException || e instanceof UserFacingException) {
            err.println("Error: " + e.getMessage());
            return FAILURE;
        }
        err.println("Error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        if (System.getenv("ALLIANCE_GRAPH_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set ALLIANCE_GRAPH_DEBUG=1 to see the stack trace)");
        }
        return FAILURE;
    }

    /** One line for a failure of the database: an outage, a timeout, or a query it refused. */
    static String describe(Neo4jException e) {
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        if (Reads.isTimeout(e)) {
            return "the query ran past its timeout and was stopped (--query-timeout sets it)";
        }
        if (Reads.isUnavailable(e)) {
            return "the database does not answer: " + first;
        }
        return "the database refused the query (" + e.code() + "): " + first;
    }

    /**
     * The version of the program, of the dataset its scripts load, and the fingerprint of the
     * scripts and of the embedded store (which match when the store holds the scripts' graph).
     */
    static final class Version implements CommandLine.IVersionProvider {

        private static final Pattern DATASET_VERSION = Pattern.compile("version:\\s*'([^']+)'");

        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            ScriptSet scripts = ScriptSet.locate(Optional.ofNullable(System.getenv("ALLIANCE_GRAPH_SCRIPTS")).map(Path::of)
                    .orElse(null));
            String dataset = scripts.scripts().stream().filter(s -> s.name().startsWith("01-"))
                    .map(s -> DATASET_VERSION.matcher(s.text())).filter(Matcher::find).map(m -> m.group(1))
                    .findFirst().orElse("unknown");
            Path data = Path.of(Optional.ofNullable(System.getenv("ALLIANCE_GRAPH_DATA_DIR")).orElse("data"));
            String store = new EmbeddedStore(data, line -> { }).fingerprint()
                    .map(f -> f.equals(scripts.fingerprint()) ? f.substring(0, 12) + " (holds the graph of these scripts)"
                            : f.substring(0, 12) + " (other scripts: the next start loads these)")
                    .orElse("none yet in " + data);
            return new String[] {"Alliance Graph " + (version == null ? "(development build)" : version),
                    "dataset " + dataset + " (scripts " + scripts.origin() + ", sha256 " + scripts.fingerprint().substring(0, 12)
                            + ")",
                    "store " + store};
        }
    }
}

package org.alliancegraph.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancegraph.embedded.EmbeddedStore;
import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.load.ScriptSet;
import org.alliancegraph.system.Neo4jConnection;
import org.alliancegraph.system.Reads;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: one small class per subcommand; this one wires them and maps failures to
 * messages and exit codes (0 success, 2 usage error, 1 other failure), never a stack trace.
 * Messages are printed with control and bidirectional characters made visible: they often echo
 * the user's input, which must not move the cursor, recolour or reorder the terminal.
 */
@Command(name = "alliance-graph", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "A sourced temporal graph of North Korea's alliances, 1945 to the early 1970s.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, RelationsCommand.class,
                DyadCommand.class, TriangleCommand.class, FactCommand.class, ClaimsCommand.class, QueryFileCommand.class,
                IndexCommand.class, ExplainCommand.class, AlignmentCommand.class, SensitivityCommand.class,
                DisagreementsCommand.class, ValidityCommand.class, ExportCommand.class, GenerateCommand.class, BenchScaleCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
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
        // picocli's own conversions name the JDK's exception ("cannot convert 'x' to URI
        // (java.net.URISyntaxException: ...)"); these say what is wrong with the value.
        cli.registerConverter(URI.class, value -> {
            try {
                return new URI(value);
            } catch (URISyntaxException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a URI: " + e.getReason()
                        + (e.getIndex() < 0 ? "" : " at index " + e.getIndex()));
            }
        });
        cli.registerConverter(Path.class, value -> {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a path: " + e.getReason());
            }
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            // Some of picocli's messages (argument groups) carry their own "Error: ".
            err.println("Error: " + printable(e.getMessage().replaceFirst("^Error: ", "")));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        return cli;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof IllegalArgumentException) {
            err.println("Error: " + printable(e.getMessage()));
            return USAGE;
        }
        if (e instanceof ClientException refused && !Reads.isTimeout(refused)
                && commandLine.getCommand() instanceof QueryFileCommand) {
            // The user's own Cypher: a syntax error, a missing parameter, a write in a read query.
            err.println("Error: Neo4j refused the query: " + printable(refused.getMessage()));
            return USAGE;
        }
        if (e instanceof Neo4jException neo4j) {
            err.println("Error: " + printable(describe(neo4j)));
            return FAILURE;
        }
        if (e instanceof ScriptFailure || e instanceof Neo4jConnection.UnreachableException
                || e instanceof IllegalStateException || e instanceof UserFacingException) {
            err.println("Error: " + printable(e.getMessage()));
            return FAILURE;
        }
        if (e instanceof UncheckedIOException io) {
            // "Cannot read FILE", "Cannot write the chart to FILE": a file the user named.
            err.println("Error: " + printable(io.getMessage() + ": " + describe(io.getCause())));
            return io.getCause() instanceof NoSuchFileException || io.getCause() instanceof FileNotFoundException ? USAGE
                    : FAILURE;
        }
        err.println("Error: " + e.getClass().getSimpleName() + ": " + printable(e.getMessage()));
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

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null && e.getMessage().endsWith(")")) {
            // "PATH (No such file or directory)": the path is in the message already.
            return e.getMessage().substring(e.getMessage().lastIndexOf('(') + 1, e.getMessage().length() - 1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A message with its control characters (but line breaks and tabs) and bidirectional
     * formatting characters written as a backslash, u and four hex digits.
     */
    static String printable(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
            boolean bidi = c == 0x061C || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069;
            if (control || bidi) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
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

package org.alliancegraph.cli;

import java.io.PrintWriter;

import org.alliancegraph.load.ScriptFailure;
import org.alliancegraph.system.Neo4jConnection;
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

    /** The version of the program and of the dataset it carries. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Alliance Graph " + (version == null ? "(development build)" : version)};
        }
    }
}

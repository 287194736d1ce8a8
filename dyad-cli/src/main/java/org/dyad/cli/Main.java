package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.dyad.core.BadInputException;
import org.dyad.core.ConfigException;
import org.dyad.core.dict.DictionaryException;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad}: the entry point. Every exception becomes an exit code here and nowhere else. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Evidence-backed political event data from news text (CAMEO, PLOVER).",
        subcommands = {CodeCommand.class, IngestCommand.class, DyadsCommand.class, ExplainCommand.class,
            EvalCommand.class, BenchCommand.class, DictCommand.class, ExportCommand.class, ParseCommand.class,
            ConfigCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, line.getErr()));
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("dyad: " + ex.getMessage());
            err.println("Try 'dyad " + ex.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    private static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof ConfigException) {
            err.println("dyad: configuration error: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof DictionaryException) {
            err.println("dyad: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof IllegalArgumentException) {
            err.println("dyad: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof BadInputException) {
            err.println("dyad: bad input: " + ex.getMessage());
            return ExitCodes.REJECTED;
        }
        if (ex instanceof StoreException || ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println("dyad: " + ex.getMessage());
            return ExitCodes.IO;
        }
        err.println("dyad: internal error: " + ex);
        ex.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }
}

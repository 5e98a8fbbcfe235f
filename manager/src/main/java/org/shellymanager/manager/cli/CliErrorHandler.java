package org.shellymanager.manager.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints the failures a user can act on as one {@code error:} line (followed by the problems the server listed one by
 * one, such as the lines at fault in an imported file) and turns them into exit statuses; anything else is a bug and
 * keeps its stack trace.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {

    static final int FAILED = 1;
    static final int UNREACHABLE = 3;

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        PrintWriter err = command.getErr();
        int status = switch (e) {
            case ApiProblemException problem -> {
                err.println("error: " + problem.oneLine());
                problem.errors().forEach(error -> err.println("  " + error));
                yield FAILED;
            }
            case ServerUnreachableException unreachable -> {
                err.println("error: " + unreachable.getMessage());
                yield UNREACHABLE;
            }
            case CliInputException input -> {
                err.println("error: " + input.getMessage());
                yield CommandLine.ExitCode.USAGE;
            }
            default -> throw e;
        };
        err.flush();
        return status;
    }
}

package org.grassroots.core.shell;

import org.apache.karaf.shell.api.console.CommandLine;

/** What was typed of the argument under the cursor. */
final class ShellText {
    private ShellText() {
    }

    static String typed(CommandLine commandLine) {
        String argument = commandLine.getCursorArgument();
        return argument == null ? "" : argument.substring(0, commandLine.getArgumentPosition());
    }
}

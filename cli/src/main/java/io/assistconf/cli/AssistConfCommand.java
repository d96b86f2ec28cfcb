package io.assistconf.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code assistconf}, the top command: it only holds the subcommands. Its help and version options, option
 * order and exit status list are inherited by every subcommand.
 */
@Command(name = "assistconf", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class, sortOptions = false, synopsisSubcommandLabel = "COMMAND",
        description = "Normalize and validate AI-assistant configuration payloads.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every input is valid (warnings allowed)",
            "1:an input is invalid",
            "2:a usage error, an input that could not be read, or an internal error"})
final class AssistConfCommand {
}

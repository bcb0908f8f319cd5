package app.mitra.cli.internal;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import app.mitra.accounts.SecondFactors;

@Command(name = "reset-second-factor", mixinStandardHelpOptions = true,
        description = { "Removes an account's second factors, for a person who lost their phone or passkey:",
                "the authenticator app, its recovery codes and every passkey.",
                "Ends every browser session and API token of the account; the password signs in alone until",
                "they add a second factor again." })
class ResetSecondFactorCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The account's username.")
    String username;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext application = Contexts.application(storage.springArguments())) {
            application.getBean(SecondFactors.class).reset(username);
            spec.commandLine().getOut().println("Removed the second factors of " + username.trim()
                    + "; their browser sessions and API tokens have ended.");
            return 0;
        }
    }
}

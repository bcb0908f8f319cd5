package app.mitra.cli.internal;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import app.mitra.accounts.Accounts;

@Command(name = "reset-password", mixinStandardHelpOptions = true,
        description = { "Sets a new password for an account, without the old one.",
                "Signs the account out of every browser, ends its API tokens and lifts any sign-in",
                "block on the username (after too many wrong passwords)." })
class ResetPasswordCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "The account's username.")
    String username;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PasswordInput password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String secret = password.password(System.in);
        try (ConfigurableApplicationContext application = Contexts.application(storage.springArguments())) {
            application.getBean(Accounts.class).resetPassword(username, secret);
            spec.commandLine().getOut().println("Set a new password for " + username.trim()
                    + "; their browser sessions and API tokens have ended and sign-in is open again.");
            return 0;
        }
    }
}

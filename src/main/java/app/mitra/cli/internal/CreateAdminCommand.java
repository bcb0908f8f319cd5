package app.mitra.cli.internal;

import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import app.mitra.accounts.Account;
import app.mitra.accounts.Accounts;

@Command(name = "create-admin", mixinStandardHelpOptions = true,
        description = { "Creates an admin account, or makes an existing account an admin.",
                "With a password, creates the account whatever MITRA_REGISTRATION says; without one, the account must exist.",
                "Migrates an empty database first, so it works before the first start." })
class CreateAdminCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Parameters(index = "0", paramLabel = "USERNAME", description = "3 to 64 of a-z, 0-9, dot, underscore or hyphen.")
    String username;

    @ArgGroup(exclusive = true)
    PasswordInput password = new PasswordInput();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String secret = password == null ? null : password.password(System.in);
        try (ConfigurableApplicationContext application = Contexts.application(storage.springArguments())) {
            Account account = application.getBean(Accounts.class).createAdmin(username, secret);
            spec.commandLine().getOut().println((secret == null ? "Made " : "Created ") + account.username()
                    + (secret == null ? " an admin." : " as an admin; sign in at /login."));
            return 0;
        }
    }
}

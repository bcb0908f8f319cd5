package app.mitra.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.SpringApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import app.mitra.MitraApplication;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = { "Serves the web app and the REST API (the default command).",
                "Migrates the database first unless MITRA_MIGRATE=manual, and refuses a database newer than itself.",
                "Spring-style settings may follow, e.g. --server.port=9090." })
class ServeCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Parameters(paramLabel = "--name=value", arity = "0..*", description = "Spring settings for the server.")
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>(storage.springArguments());
        arguments.addAll(springArguments);
        return serve(arguments);
    }

    static int serve(List<String> arguments) {
        SpringApplication.run(MitraApplication.class, arguments.toArray(String[]::new));
        return 0;
    }
}

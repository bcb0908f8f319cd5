package app.mitra;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import app.mitra.cli.MitraCli;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MitraApplication {

    /** {@code java -jar mitra.jar} serves; {@code java -jar mitra.jar --help} lists the other commands. */
    public static void main(String[] args) {
        MitraCli.main(args);
    }
}

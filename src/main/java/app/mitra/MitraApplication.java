package app.mitra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application; the jar starts {@code app.mitra.cli.MitraCli}, whose default command runs it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MitraApplication {

    public static void main(String[] args) {
        SpringApplication.run(MitraApplication.class, args);
    }
}

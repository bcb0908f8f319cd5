package app.mitra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MitraApplication {

    public static void main(String[] args) {
        SpringApplication.run(MitraApplication.class, args);
    }
}

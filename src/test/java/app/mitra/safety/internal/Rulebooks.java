package app.mitra.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/** The real rulebook for tests, read once, exactly as start-up reads it. */
public final class Rulebooks {

    private static final Rulebook SHIPPED = parse(read("/" + RulebookConfiguration.FILE));

    private Rulebooks() {
    }

    public static Rulebook shipped() {
        return SHIPPED;
    }

    public static Rulebook parse(String text) {
        return RulebookFile.parse("test rulebook", text, JsonMapper.builder().build());
    }

    public static String read(String resource) {
        try (InputStream in = Rulebooks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

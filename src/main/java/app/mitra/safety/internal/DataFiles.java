package app.mitra.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a safety data file strictly (an unknown field is a typo, not an extension) and turns every
 * problem into one clear start-up failure naming the file.
 */
public final class DataFiles {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DataFiles() {
    }

    /** Thrown when a data file is missing, unreadable or fails its checks; start-up stops with its message. */
    public static final class BrokenDataFileException extends IllegalStateException {

        public BrokenDataFileException(String file, List<String> problems) {
            super("The safety data file " + file + " is broken: " + String.join("; ", problems));
        }
    }

    /** Reads a data file and runs its own checks on the whole; any problem stops start-up with all of them named. */
    static <T> T readChecked(String file, InputStream in, Class<T> type,
            java.util.function.Function<T, List<String>> checks) {
        T read = read(file, in, type);
        List<String> problems = checks.apply(read);
        if (!problems.isEmpty()) {
            throw new BrokenDataFileException(file, problems);
        }
        return read;
    }

    private static <T> T read(String file, InputStream in, Class<T> type) {
        try (in) {
            return STRICT.readValue(in, type);
        } catch (JacksonException e) {
            throw new BrokenDataFileException(file, List.of(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream classpath(String path) {
        try {
            return new ClassPathResource(path).getInputStream();
        } catch (IOException e) {
            throw new BrokenDataFileException(path, List.of("not found on the class path"));
        }
    }

    static boolean isDate(String text) {
        try {
            return text != null && LocalDate.parse(text) != null;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isWebAddress(String text) {
        return text != null && text.matches("https?://\\S+");
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

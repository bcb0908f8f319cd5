package app.mitra.common.storage;

import java.util.function.Supplier;

/**
 * The one door for writes. {@code write} returns only after the work is committed, so a 2xx
 * answer built from its result means the data is durable. Each call is atomic: it commits whole
 * or not at all, and its exception reaches the caller.
 */
public interface Writes {

    <T> T write(Supplier<T> work);

    default void run(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}

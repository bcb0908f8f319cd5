package app.mitra.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every test of the class twice, on SQLite and on PostgreSQL, each a freshly migrated
 * {@link TestDatabase} shared by the class's tests and removed afterwards. Receive it with
 * {@code @Parameter TestDatabase database;}. Tests keep apart by using their own user ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@MethodSource("app.mitra.testing.TestDatabase#migrated")
public @interface OnBothDatabases {
}

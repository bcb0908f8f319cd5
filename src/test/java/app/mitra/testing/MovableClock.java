package app.mitra.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test moves by hand, for rules that depend on the time (one-time codes, sign-in blocks).
 * {@code @Import(MovableClock.InTheApplication.class)} puts it in place of the application's clock.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now;

    public MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public void advance(Duration by) {
        now.updateAndGet(instant -> instant.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Mitra's clock is always UTC");
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class InTheApplication {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now());
        }
    }
}

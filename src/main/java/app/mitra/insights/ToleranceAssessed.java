package app.mitra.insights;

import java.util.UUID;

/**
 * Published after insights assessed a person's recent journal for tolerance: {@code signalled} when
 * relief per amount fell ({@code reliefFalling}) or daily totals rose ({@code totalsRising}) over the
 * last {@code days} days, from {@code pairs} paired doses. Published again as the picture changes or
 * stays, so a listener must treat it as the current state and be safe to run twice.
 */
public record ToleranceAssessed(UUID userId, boolean signalled, boolean reliefFalling, boolean totalsRising,
        int days, int pairs) {
}

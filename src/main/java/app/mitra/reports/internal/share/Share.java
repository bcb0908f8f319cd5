package app.mitra.reports.internal.share;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import app.mitra.reports.internal.Section;

/**
 * A read-only link to chosen report sections, showing the last {@code rangeDays} days on the day it is
 * opened, until {@code expiresAt} or until revoked. The secret in its url is never stored.
 */
public record Share(UUID id, @JsonIgnore UUID userId, @JsonIgnore Set<Section> sectionSet, int rangeDays,
        Instant createdAt, Instant expiresAt, Instant revokedAt, List<ShareView> views) {

    public Share {
        sectionSet = Set.copyOf(sectionSet);
        views = List.copyOf(views);
    }

    @JsonProperty("sections")
    public List<String> sections() {
        return sectionSet.stream().sorted().map(Section::key).toList();
    }

    public boolean open(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    Share withViews(List<ShareView> seen) {
        return new Share(id, userId, sectionSet, rangeDays, createdAt, expiresAt, revokedAt, seen);
    }
}

package app.mitra.reports.internal.share;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.Page;
import app.mitra.common.web.PublicUrl;
import app.mitra.reports.internal.Section;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/shares")
@Tag(name = "Reports and exports")
class SharesApiController {

    private final Shares shares;
    private final PublicUrl publicUrl;

    SharesApiController(Shares shares, PublicUrl publicUrl) {
        this.shares = shares;
        this.publicUrl = publicUrl;
    }

    record ShareRequest(Integer expiresInDays, List<String> sections, Integer rangeDays) {
    }

    /** The url is in this answer only: its secret is stored hashed. */
    record CreatedShare(UUID id, URI url, Instant expiresAt, List<String> sections, int rangeDays) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedShare create(@AuthenticationPrincipal AccountUser user, @RequestBody(required = false) ShareRequest body) {
        ShareRequest request = body == null ? new ShareRequest(null, null, null) : body;
        Shares.Created created = shares.create(user.id(), request.expiresInDays(),
                Section.parse(request.sections(), "sections"), request.rangeDays());
        return new CreatedShare(created.share().id(), SharedReportController.url(publicUrl, created.token()), created.share().expiresAt(),
                created.share().sections(), created.share().rangeDays());
    }

    @GetMapping
    Page<Share> list(@AuthenticationPrincipal AccountUser user) {
        return new Page<>(shares.list(user.id()), null);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        shares.revoke(user.id(), id);
    }
}

package app.mitra.journal.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.Journal;
import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Substances;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Other substances: alcohol in standard drinks, medicines and anything else, with the dose conventions. */
@RestController
@RequestMapping("/api/v1/substances")
@Tag(name = "Journal")
class SubstancesApiController {

    private final Substances substances;
    private final Journal journal;

    SubstancesApiController(Substances substances, Journal journal) {
        this.substances = substances;
        this.journal = journal;
    }

    record SubstanceRequest(UUID id, OffsetDateTime takenAt, SubstanceKind kind, String name, Double amount,
            SubstanceUnit unit, String note) {

        SubstanceInput input(UUID forcedId) {
            return new SubstanceInput(forcedId, takenAt == null ? null : takenAt.toInstant(), kind, name, amount, unit,
                    note);
        }
    }

    @PostMapping
    ResponseEntity<Substance> create(@AuthenticationPrincipal AccountUser user, @RequestBody SubstanceRequest body) {
        return JournalApiController.answer(substances.create(user.id(), body.input(body.id())));
    }

    @GetMapping
    Page<Substance> list(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return substances.list(user.id(), ListQuery.parse(from, to, limit, cursor, journal.zone(user.id())));
    }

    @GetMapping("/{id}")
    Substance get(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return substances.get(user.id(), id);
    }

    @PutMapping("/{id}")
    Substance update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @RequestBody SubstanceRequest body) {
        JournalApiController.requireSameId(id, body.id());
        return substances.update(user.id(), id, body.input(id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an entry", description = JournalApiController.DELETED)
    void delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        substances.delete(user.id(), id);
    }

    @PostMapping("/{id}/restore")
    @Operation(summary = "Restore an entry deleted within the last 24 hours", description = JournalApiController.RESTORED)
    Substance restore(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return substances.restore(user.id(), id);
    }
}

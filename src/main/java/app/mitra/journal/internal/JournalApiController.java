package app.mitra.journal.internal;

import java.time.OffsetDateTime;
import java.util.List;
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
import app.mitra.common.Created;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.CheckIn;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.DosePreview;
import app.mitra.journal.Journal;
import app.mitra.journal.Method;
import app.mitra.journal.Note;
import app.mitra.journal.NoteInput;
import app.mitra.journal.PainType;
import app.mitra.journal.SideEffect;
import app.mitra.journal.Unit;
import app.mitra.journal.WithdrawalCheckIn;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.WithdrawalSymptom;
import app.mitra.products.Form;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Journal")
class JournalApiController {

    /** What a deletion keeps, for every kind of entry. */
    static final String DELETED = "The entry leaves every list, chart, export, report and check at once, and is"
            + " kept for 24 hours: POST .../{id}/restore brings it back with the same id and values. After that it"
            + " is gone for good. A create that sends the id of an entry deleted within the 24 hours is a 409.";
    /** What a restore answers, for every kind of entry. */
    static final String RESTORED = "Answers the entry exactly as it was when it was deleted (same id, values and"
            + " times); the audit trail records the restore. An entry that is in the journal already (a retried"
            + " restore) is answered as it is. 404 after 24 hours, and for an id that is not the caller's.";

    private final Journal journal;

    JournalApiController(Journal journal) {
        this.journal = journal;
    }

    record CheckInRequest(UUID id, OffsetDateTime takenAt, Integer pain, List<PainType> painTypes,
            List<String> bodySites, Integer enjoyment, Integer activity, Integer mood, Integer anxiety, Integer energy,
            Integer sleepQuality, List<SideEffect> sideEffects, String note) {

        CheckInInput input(UUID forcedId) {
            return new CheckInInput(forcedId, takenAt == null ? null : takenAt.toInstant(), pain, painTypes, bodySites,
                    enjoyment, activity, mood, anxiety, energy, sleepQuality, sideEffects, note);
        }
    }

    record DoseRequest(UUID id, OffsetDateTime takenAt, Form form, Double amount, Unit unit, UUID productId,
            UUID batchId, Method method, String note) {

        DoseInput input(UUID forcedId) {
            return new DoseInput(forcedId, takenAt == null ? null : takenAt.toInstant(), form, amount, unit, productId,
                    batchId, method, note);
        }
    }

    record WithdrawalRequest(UUID id, OffsetDateTime takenAt, List<WithdrawalSymptom> symptoms, String note) {

        WithdrawalInput input(UUID forcedId) {
            return new WithdrawalInput(forcedId, takenAt == null ? null : takenAt.toInstant(), symptoms, note);
        }
    }

    record NoteRequest(UUID id, OffsetDateTime takenAt, String title, String text, String mood, List<String> tags) {

        NoteInput input(UUID forcedId) {
            return new NoteInput(forcedId, takenAt == null ? null : takenAt.toInstant(), title, text, mood, tags);
        }
    }

    @PostMapping("/checkins")
    ResponseEntity<CheckIn> createCheckIn(@AuthenticationPrincipal AccountUser user, @RequestBody CheckInRequest body) {
        return answer(journal.createCheckIn(user.id(), body.input(body.id())));
    }

    @GetMapping("/checkins")
    Page<CheckIn> checkIns(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return journal.checkIns(user.id(), ListQuery.parse(from, to, limit, cursor, journal.zone(user.id())));
    }

    @GetMapping("/checkins/{id}")
    CheckIn checkIn(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.checkIn(user.id(), id);
    }

    @PutMapping("/checkins/{id}")
    CheckIn updateCheckIn(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @RequestBody CheckInRequest body) {
        requireSameId(id, body.id());
        return journal.updateCheckIn(user.id(), id, body.input(id));
    }

    @DeleteMapping("/checkins/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a check-in", description = DELETED)
    void deleteCheckIn(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        journal.deleteCheckIn(user.id(), id);
    }

    @PostMapping("/checkins/{id}/restore")
    @Operation(summary = "Restore a check-in deleted within the last 24 hours", description = RESTORED)
    CheckIn restoreCheckIn(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.restoreCheckIn(user.id(), id);
    }

    @PostMapping("/doses")
    ResponseEntity<Dose> createDose(@AuthenticationPrincipal AccountUser user, @RequestBody DoseRequest body) {
        return answer(journal.createDose(user.id(), body.input(body.id())));
    }

    /** What the dose would be if saved and the findings it would raise; nothing is stored. */
    @PostMapping("/doses/preview")
    DosePreview previewDose(@AuthenticationPrincipal AccountUser user, @RequestBody DoseRequest body) {
        return journal.previewDose(user.id(), body.input(body.id()));
    }

    @GetMapping("/doses")
    Page<Dose> doses(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return journal.doses(user.id(), ListQuery.parse(from, to, limit, cursor, journal.zone(user.id())));
    }

    @GetMapping("/doses/{id}")
    Dose dose(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.dose(user.id(), id);
    }

    @PutMapping("/doses/{id}")
    Dose updateDose(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @RequestBody DoseRequest body) {
        requireSameId(id, body.id());
        return journal.updateDose(user.id(), id, body.input(id));
    }

    @DeleteMapping("/doses/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a dose", description = DELETED)
    void deleteDose(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        journal.deleteDose(user.id(), id);
    }

    @PostMapping("/doses/{id}/restore")
    @Operation(summary = "Restore a dose deleted within the last 24 hours", description = RESTORED)
    Dose restoreDose(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.restoreDose(user.id(), id);
    }

    @PostMapping("/withdrawal")
    ResponseEntity<WithdrawalCheckIn> createWithdrawal(@AuthenticationPrincipal AccountUser user,
            @RequestBody WithdrawalRequest body) {
        return answer(journal.createWithdrawal(user.id(), body.input(body.id())));
    }

    @GetMapping("/withdrawal")
    Page<WithdrawalCheckIn> withdrawals(@AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return journal.withdrawals(user.id(), ListQuery.parse(from, to, limit, cursor, journal.zone(user.id())));
    }

    @GetMapping("/withdrawal/{id}")
    WithdrawalCheckIn withdrawal(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.withdrawal(user.id(), id);
    }

    @PutMapping("/withdrawal/{id}")
    WithdrawalCheckIn updateWithdrawal(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id,
            @RequestBody WithdrawalRequest body) {
        requireSameId(id, body.id());
        return journal.updateWithdrawal(user.id(), id, body.input(id));
    }

    @DeleteMapping("/withdrawal/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a withdrawal check-in", description = DELETED)
    void deleteWithdrawal(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        journal.deleteWithdrawal(user.id(), id);
    }

    @PostMapping("/withdrawal/{id}/restore")
    @Operation(summary = "Restore a withdrawal check-in deleted within the last 24 hours", description = RESTORED)
    WithdrawalCheckIn restoreWithdrawal(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.restoreWithdrawal(user.id(), id);
    }

    @PostMapping("/notes")
    ResponseEntity<Note> createNote(@AuthenticationPrincipal AccountUser user, @RequestBody NoteRequest body) {
        return answer(journal.createNote(user.id(), body.input(body.id())));
    }

    @GetMapping("/notes")
    Page<Note> notes(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return journal.notes(user.id(), ListQuery.parse(from, to, limit, cursor, journal.zone(user.id())));
    }

    @GetMapping("/notes/{id}")
    Note note(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.note(user.id(), id);
    }

    @PutMapping("/notes/{id}")
    Note updateNote(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @RequestBody NoteRequest body) {
        requireSameId(id, body.id());
        return journal.updateNote(user.id(), id, body.input(id));
    }

    @DeleteMapping("/notes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a note", description = DELETED)
    void deleteNote(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        journal.deleteNote(user.id(), id);
    }

    @PostMapping("/notes/{id}/restore")
    @Operation(summary = "Restore a note deleted within the last 24 hours", description = RESTORED)
    Note restoreNote(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return journal.restoreNote(user.id(), id);
    }

    static <T> ResponseEntity<T> answer(Created<T> created) {
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK).body(created.value());
    }

    static void requireSameId(UUID path, UUID body) {
        if (body != null && !body.equals(path)) {
            throw new InvalidInputException("id", "differs from the id in the path");
        }
    }
}

package app.mitra.journal.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import app.mitra.journal.DeletedEntryException;

/**
 * An entry's page asked for after it was deleted (Back after a deletion, a second tap on Delete, an edit
 * left open in another tab) shows that it was deleted and offers to restore it, instead of "not here".
 */
@ControllerAdvice(assignableTypes = { CheckInsController.class, DosesController.class, SubstancesController.class,
        WithdrawalController.class, NotesController.class, DeletedEntriesController.class })
class DeletedEntryPages {

    @ExceptionHandler
    String deleted(DeletedEntryException e) {
        return "redirect:/" + e.kind().path() + "/" + e.id() + "/deleted";
    }
}

package app.mitra.journal.internal;

import java.util.UUID;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.mitra.journal.EntryKind;

/**
 * The "Undo" beside the message that confirms a change: a form the layout shows with the flash message,
 * which works without JavaScript (undo.js only hides it after a few seconds). Undoing a deletion
 * restores the entry; undoing a one-tap log deletes what it logged, which can then be restored in turn.
 */
final class Undo {

    private Undo() {
    }

    static void restoreOffered(RedirectAttributes redirect, EntryKind kind, UUID id) {
        redirect.addFlashAttribute("undo", "/" + kind.path() + "/" + id + "/restore");
    }

    static void deleteOffered(RedirectAttributes redirect, EntryKind kind, UUID id) {
        redirect.addFlashAttribute("undo", "/" + kind.path() + "/" + id + "/delete");
    }
}

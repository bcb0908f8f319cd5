package app.mitra.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The thing does not exist for this user: answered 404, the same for a missing id and another user's id. */
// The status lets HTML pages fall through to the friendly 404 page; the API maps it in ApiProblems.
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

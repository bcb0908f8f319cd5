package app.mitra.common.web;

/** The thing does not exist for this user: answered 404, the same for a missing id and another user's id. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}

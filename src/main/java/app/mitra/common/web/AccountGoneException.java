package app.mitra.common.web;

/**
 * A write refused because its account was deleted while the request was on its way (the request was
 * signed in before the deletion): nothing of it was stored. Answered 401 on the API; the web app signs
 * the browser out.
 */
public class AccountGoneException extends RuntimeException {

    public AccountGoneException(Throwable cause) {
        super("This account no longer exists; nothing was stored.", cause);
    }
}

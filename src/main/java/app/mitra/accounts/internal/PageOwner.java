package app.mitra.accounts.internal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import app.mitra.accounts.AccountUser;

/**
 * Every page names, without revealing who, the person it was made for (a hash of their id), so an
 * entry the browser keeps after a lost session is only ever sent again for the same person
 * (static/js/kept-entries.js), never into the account of someone who signs in after them.
 */
@ControllerAdvice
class PageOwner {

    @ModelAttribute("pageOwner")
    String pageOwner(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountUser user
                ? Secrets.hash("page-owner:" + user.id()).substring(0, 32) : null;
    }
}

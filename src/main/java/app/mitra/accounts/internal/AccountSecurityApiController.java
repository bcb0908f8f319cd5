package app.mitra.accounts.internal;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.CurrentSignIn;
import app.mitra.accounts.SecurityEvent;
import app.mitra.accounts.SessionSummary;
import app.mitra.accounts.SecurityEvents;
import app.mitra.accounts.Sessions;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A person's browser sessions and security log, through the API. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account security")
class AccountSecurityApiController {

    private final Sessions sessions;
    private final SecurityEvents events;
    private final Accounts accounts;

    AccountSecurityApiController(Sessions sessions, SecurityEvents events, Accounts accounts) {
        this.sessions = sessions;
        this.events = events;
        this.accounts = accounts;
    }

    record SessionList(List<SessionSummary> items) {
    }

    record EventItem(Instant at, String type, String address, String device) {
        static EventItem of(SecurityEvent event) {
            return new EventItem(event.at(), event.type().name(), event.address(), event.device());
        }
    }

    @GetMapping("/sessions")
    @Operation(summary = "Signed-in browser sessions, newest first (an API call itself has none: none is current)")
    SessionList sessions(@AuthenticationPrincipal AccountUser user, Authentication authentication,
            HttpServletRequest request) {
        return new SessionList(sessions.list(user.getUsername(), CurrentSignIn.of(authentication, request).sessionId()));
    }

    @DeleteMapping("/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@AuthenticationPrincipal AccountUser user, @PathVariable String id) {
        sessions.end(user.id(), user.getUsername(), id);
    }

    @DeleteMapping("/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Ends every browser session but the current one")
    void endOthers(@AuthenticationPrincipal AccountUser user, Authentication authentication,
            HttpServletRequest request) {
        sessions.endOthers(user.id(), user.getUsername(), CurrentSignIn.of(authentication, request).sessionId());
    }

    @GetMapping("/events")
    @Operation(summary = "The account's security log, newest first")
    Page<EventItem> events(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        ListQuery query = ListQuery.parse(null, null, limit, cursor, accounts.zone(user.id()));
        Page<SecurityEvent> page = events.list(user.id(), query);
        return new Page<>(page.items().stream().map(EventItem::of).toList(), page.nextCursor());
    }
}

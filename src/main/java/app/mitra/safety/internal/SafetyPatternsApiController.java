package app.mitra.safety.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.common.Created;
import app.mitra.safety.DependenceSignals;
import app.mitra.safety.Help;
import app.mitra.safety.HelpResources;
import app.mitra.safety.StoredFinding;
import app.mitra.safety.Taper;
import app.mitra.safety.TaperPlan;
import app.mitra.safety.Tapers;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Dependence signals, help resources and the taper plan over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Safety")
class SafetyPatternsApiController {

    private final DependenceSignals signals;
    private final HelpResources help;
    private final Tapers tapers;

    SafetyPatternsApiController(DependenceSignals signals, HelpResources help, Tapers tapers) {
        this.signals = signals;
        this.help = help;
        this.tapers = tapers;
    }

    /** The signals with the help that goes with them, so no client shows one without the other. */
    record DependenceAnswer(String signalsVersion, List<StoredFinding> findings, Help help) {
    }

    record TaperRequest(Integer startMg, Integer reductionMg, Double reductionPercent, Integer stepDays,
            LocalDate startDate, Integer endMg) {

        TaperPlan plan() {
            return new TaperPlan(startMg, reductionMg, reductionPercent, stepDays, startDate, endMg);
        }
    }

    @GetMapping("/safety/dependence")
    DependenceAnswer dependence(@AuthenticationPrincipal AccountUser user) {
        return new DependenceAnswer(signals.version(), signals.evaluate(user.id()), help.forUser(user.id()));
    }

    @PostMapping("/safety/dependence/evaluate")
    DependenceAnswer evaluate(@AuthenticationPrincipal AccountUser user) {
        return dependence(user);
    }

    /** Help lines for the person's country, or for the jurisdiction code given. */
    @GetMapping("/safety/help")
    Help help(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String jurisdiction) {
        return jurisdiction == null ? help.forUser(user.id()) : help.forJurisdiction(jurisdiction);
    }

    @GetMapping("/taper")
    Taper taper(@AuthenticationPrincipal AccountUser user) {
        return tapers.current(user.id());
    }

    @PutMapping("/taper")
    ResponseEntity<Taper> saveTaper(@AuthenticationPrincipal AccountUser user, @RequestBody TaperRequest body) {
        Created<Taper> saved = tapers.save(user.id(), body.plan());
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
    }

    @PostMapping("/taper/pause")
    Taper pause(@AuthenticationPrincipal AccountUser user) {
        return tapers.pause(user.id());
    }

    @PostMapping("/taper/resume")
    Taper resume(@AuthenticationPrincipal AccountUser user) {
        return tapers.resume(user.id());
    }

    @DeleteMapping("/taper")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endTaper(@AuthenticationPrincipal AccountUser user) {
        tapers.end(user.id());
    }
}

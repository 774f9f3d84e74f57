package no.lpp.moteplass.support.audit;

import jakarta.validation.Valid;
import java.util.UUID;
import no.lpp.moteplass.support.security.Caller;
import no.lpp.moteplass.support.security.Roles;
import no.lpp.moteplass.support.web.Page;
import no.lpp.moteplass.support.web.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log, for LPP administrators only. */
@RestController
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("${moteplass.api-path}/audit")
    Page<AuditLog.Entry> entries(@RequestParam(required = false) String recordType,
            @RequestParam(required = false) UUID recordId, @Valid PageRequest page) {
        if (!Caller.current().hasRole(Roles.LPP_ADMIN)) {
            throw new AccessDeniedException("Only LPP administrators read the audit log");
        }
        return log.entries(recordType, recordId, page);
    }
}

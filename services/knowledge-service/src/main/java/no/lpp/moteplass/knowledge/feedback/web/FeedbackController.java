package no.lpp.moteplass.knowledge.feedback.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.net.URI;
import java.util.UUID;
import no.lpp.moteplass.knowledge.access.KnowledgeAccess;
import no.lpp.moteplass.knowledge.directory.Directory;
import no.lpp.moteplass.knowledge.directory.KnownMeeting;
import no.lpp.moteplass.knowledge.feedback.FeedbackDesk;
import no.lpp.moteplass.knowledge.feedback.FeedbackResults;
import no.lpp.moteplass.support.problem.NotFoundException;
import no.lpp.moteplass.support.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For those who run a meeting: the feedback form's link and QR code to show at the end, and the results. Free text
 * only for the meeting's facilitators and LPP administrators.
 */
@RestController
@RequestMapping("/api/knowledge/meetings/{meetingId}")
class FeedbackController {

    record FormLink(URI url, URI qrCode) {
    }

    private final FeedbackDesk box;
    private final FeedbackResults results;
    private final Directory directory;
    private final KnowledgeAccess access;
    private final URI publicUrl;

    FeedbackController(FeedbackDesk box, FeedbackResults results, Directory directory, KnowledgeAccess access,
            @Value("${moteplass.public-url}") URI publicUrl) {
        this.box = box;
        this.results = results;
        this.directory = directory;
        this.access = access;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/feedback-form")
    FormLink form(@PathVariable UUID meetingId) {
        mayRead(meetingId);
        return new FormLink(link(meetingId), publicUrl.resolve("/api/knowledge/meetings/" + meetingId
                + "/feedback-form/qr.svg"));
    }

    @GetMapping(value = "/feedback-form/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@PathVariable UUID meetingId) throws WriterException {
        mayRead(meetingId);
        BitMatrix matrix = new QRCodeWriter().encode(link(meetingId).toString(), BarcodeFormat.QR_CODE, 0, 0);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"QR-kode til"
                + " tilbakemeldingsskjemaet\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
                + "\" fill=\"#000\"/></svg>";
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(svg);
    }

    @GetMapping("/feedback")
    FeedbackResults.Results results(@PathVariable UUID meetingId) {
        Caller caller = Caller.current();
        KnownMeeting meeting = mayRead(meetingId);
        return results.of(meetingId, access.isAdmin(caller) || access.leads(caller, meeting));
    }

    private URI link(UUID meetingId) {
        return publicUrl.resolve("/tilbakemelding/" + box.formOf(meetingId));
    }

    private KnownMeeting mayRead(UUID meetingId) {
        KnownMeeting meeting = directory.meeting(meetingId).orElseThrow(() -> new NotFoundException("møte", meetingId));
        access.requireMayRead(Caller.current(), meeting);
        return meeting;
    }
}

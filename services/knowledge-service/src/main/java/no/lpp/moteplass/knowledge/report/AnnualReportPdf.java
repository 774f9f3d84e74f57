package no.lpp.moteplass.knowledge.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The annual report for Helsedirektoratet as a PDF: meetings (against the agreements' targets), participants, teams,
 * partners, themes and what came of the insights. The same figures, suppression included, as the JSON report.
 */
public final class AnnualReportPdf {

    private static final float MARGIN = 56;
    private static final float LEADING = 16;

    private AnnualReportPdf() {
    }

    public static byte[] of(Report report) {
        List<String[]> lines = lines(report);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Årsrapport Pårørende MØTEPLASS " + report.year());
            info.setAuthor("LPP – Landsforeningen for pårørende innen psykisk helse");
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDPageContentStream content = null;
            float y = 0;
            for (String[] line : lines) {
                if (content == null || y < MARGIN) {
                    if (content != null) {
                        content.endText();
                        content.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    content.beginText();
                    y = page.getMediaBox().getHeight() - MARGIN;
                    content.newLineAtOffset(MARGIN, y);
                }
                boolean heading = "h".equals(line[0]);
                content.setFont(heading ? bold : regular, heading ? 13 : 11);
                content.showText(safe(line[1], regular));
                content.newLineAtOffset(0, -LEADING);
                y -= LEADING;
            }
            content.endText();
            content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the annual report", e);
        }
    }

    private static List<String[]> lines(Report report) {
        List<String[]> lines = new ArrayList<>();
        heading(lines, "Årsrapport Pårørende MØTEPLASS " + report.year());
        text(lines, "Til Helsedirektoratet, fra LPP. Omfang: " + report.name() + ".");
        text(lines, "Tall for personer under " + report.minimumGroupSize() + " vises ikke (skjult), heller ikke tall"
                + " som ville avslørt dem.");
        heading(lines, "Møter");
        for (Report.HalfYear half : report.meetingsPerHalfYear()) {
            text(lines, half.halfYear() + ": " + half.held() + " møter holdt (mål etter avtalene: " + half.target()
                    + ")");
        }
        heading(lines, "Team og partnere");
        text(lines, "Team som holdt møter: " + report.teams());
        text(lines, "Partnere med samarbeidsavtale: " + report.partners());
        heading(lines, "Deltakere");
        text(lines, "Pårørende: " + value(report.participants().relatives()));
        report.participants().relativesByRelation().forEach(c -> text(lines, "  " + Labels.of(c.key()) + ": "
                + value(c)));
        text(lines, "Fagfolk: " + value(report.participants().professionals()));
        report.participants().professionalsBySector().forEach(c -> text(lines, "  " + Labels.of(c.key()) + ": "
                + value(c)));
        heading(lines, "Tema");
        report.themes().forEach(c -> text(lines, c.key() + ": " + value(c) + " møter"));
        heading(lines, "Tilbakemeldinger fra deltakerne");
        text(lines, "Svar: " + value(report.feedback().responses()));
        if (report.feedback().usefulness() != null) {
            text(lines, "Nytte " + report.feedback().usefulness() + ", ble hørt " + report.feedback().feltHeard()
                    + ", lærte om tjenestene " + report.feedback().learnedAboutServices() + " (skala 1–5)");
        }
        heading(lines, "Innsikt og oppfølging");
        report.insightsByServiceArea().forEach(c -> text(lines, "Innsikt til " + Labels.of(c.key()) + ": "
                + value(c)));
        report.followUpOutcomes().forEach(c -> text(lines, "Oppfølging " + Labels.of(c.key()) + ": " + value(c)));
        return lines;
    }

    private static String value(Report.Count count) {
        return count.suppressed() ? ReportCsv.HIDDEN : String.valueOf(count.count());
    }

    private static void heading(List<String[]> lines, String text) {
        lines.add(new String[] {"t", ""});
        lines.add(new String[] {"h", text});
    }

    private static void text(List<String[]> lines, String text) {
        lines.add(new String[] {"t", text});
    }

    /** The standard fonts cover Latin-1 (æ, ø, å and –); anything else becomes a question mark rather than a failure. */
    private static String safe(String text, PDType1Font font) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                safe.append(character);
            } catch (IOException | IllegalArgumentException e) {
                safe.append('?');
            }
        });
        return safe.toString();
    }
}

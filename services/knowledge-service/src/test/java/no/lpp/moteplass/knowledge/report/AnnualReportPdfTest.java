package no.lpp.moteplass.knowledge.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annual report's PDF from a hand-built report, without a database: tagged for screen readers (PDF/UA), fonts
 * embedded, the figures and names as text, and Norwegian and Sámi letters intact.
 */
class AnnualReportPdfTest {

    static final String SAMI_THEME = "Sørlandet sykehus – Čáhcesuolu ŋ š č đ ŧ ž «ÆØÅ»";

    static final Report REPORT = new Report("NATIONAL", "Hele landet", 2025,
            List.of(new Report.HalfYear("2025-H1", 7, 10), new Report.HalfYear("2025-H2", 12, 10)), 3, 2,
            new Report.Participants(new Report.Count("RELATIVE", 41, false),
                    List.of(new Report.Count("PARENT", 30, false), new Report.Count("SIBLING", null, true),
                            new Report.Count("CHILD", null, true)),
                    new Report.Count("PROFESSIONAL", 9, false),
                    List.of(new Report.Count("NAV", 9, false))),
            List.of(new Report.Count(SAMI_THEME, 11, false), new Report.Count("Barn som pårørende", 8, false)),
            new Report.FeedbackSummary(new Report.Count("RESPONSES", 16, false), 4.5, 4.25, 3.8, 0.88),
            List.of(new Report.Count("DPS", 4, false), new Report.Count("SCHOOL_PPT", 2, false)),
            List.of(new Report.Count("ACKNOWLEDGED", 3, false), new Report.Count("RECEIVED", 2, false)), 5);

    static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = AnnualReportPdf.of(REPORT);
    }

    @Test
    void isTaggedWithHeadingsTablesAndAChartWithAlternativeText() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("nb");
            List<PDStructureElement> elements = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), elements);
            List<String> types = elements.stream().map(PDStructureElement::getStandardStructureType).toList();

            assertThat(types).contains("Document", "H1", "H2", "P", "Table", "Caption", "THead", "TBody", "TFoot",
                    "TR", "TH", "TD", "Figure");
            assertThat(types.stream().filter("H1"::equals)).hasSize(1);
            assertThat(types.stream().filter("H2"::equals)).as("Møter, Team og partnere, Deltakere, Tema,"
                    + " Tilbakemeldinger, Innsikt og oppfølging").hasSize(6);
            assertThat(scopes(elements)).contains("Column", "Row");
            assertThat(elements.stream().filter(e -> "Figure".equals(e.getStandardStructureType()))
                    .map(PDStructureElement::getAlternateDescription))
                    .containsExactly("Stolpediagram: møter holdt mot målet etter avtalene, per halvår."
                            + " 1. halvår 2025: 7 møter holdt, mål 10. 2. halvår 2025: 12 møter holdt, mål 10.");
        }
    }

    @Test
    void showsItsTitleAndDeclaresPdfUaAndPdfA() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Årsrapport Pårørende MØTEPLASS 2025");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Årsrapport Pårørende MØTEPLASS 2025", "pdfuaid:part", "pdfaid:part");
            assertThat(catalog.getOutputIntents()).isNotEmpty();
        }
    }

    @Test
    void embedsEveryFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), fonts, new HashSet<>());
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName())
                    .isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("LiberationSans"));
        }
    }

    @Test
    void hasTheReportsFiguresAndNamesAsText() throws IOException {
        String text = text(pdf);

        assertThat(text).contains("Årsrapport Pårørende MØTEPLASS 2025", "Omfang: Hele landet.",
                "1. halvår 2025 7 10", "2. halvår 2025 12 10", "Team som holdt møter 3",
                "Partnere med samarbeidsavtale 2", "forelder 30", "søsken skjult", "barn skjult",
                "Pårørende i alt 41", "NAV 9", "Fagfolk i alt 9", SAMI_THEME + " 11", "Barn som pårørende 8",
                "Svar 16", "Nytte 4,5", "Ble hørt 4,25", "Lærte om tjenestene 3,8", "Vil anbefale MØTEPLASS 88\u00A0%",
                "DPS 4", "skole/PPT 2", "bekreftet 3", "mottatt 2");
    }

    @Test
    void keepsNorwegianAndSamiLettersInUsersNamesAndEscapesMarkup() throws IOException {
        String name = "Čáhcesuolu <b>&</b> «Ŋ» – ŧ đ ž Æ\u0007";
        Report organisation = new Report("ORGANIZATION", name, 2025, REPORT.meetingsPerHalfYear(), 1, 1,
                REPORT.participants(), List.of(), new Report.FeedbackSummary(new Report.Count("RESPONSES", null, true),
                        null, null, null, null), List.of(), List.of(), 5);

        String text = text(AnnualReportPdf.of(organisation));

        assertThat(text).contains("Omfang: Čáhcesuolu <b>&</b> «Ŋ» – ŧ đ ž Æ.", "Svar skjult",
                "Gjennomsnitt vises bare når minst 5 har svart.", "Ingen møter holdt i år.").doesNotContain("?");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collect(element, elements);
            }
        }
    }

    private static Set<String> scopes(List<PDStructureElement> elements) {
        Set<String> scopes = new HashSet<>();
        for (PDStructureElement element : elements) {
            if ("TH".equals(element.getStandardStructureType())) {
                var attributes = element.getAttributes();
                for (int i = 0; i < attributes.size(); i++) {
                    if (attributes.getObject(i) instanceof PDTableAttributeObject table && table.getScope() != null) {
                        scopes.add(table.getScope());
                    }
                }
            }
        }
        return scopes;
    }

    /** The fonts of a page, and of the forms (such as the chart) drawn on it. */
    private static void fonts(PDResources resources, List<PDFont> fonts, Set<COSName> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (seen.add(name) && resources.getXObject(name) instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts, seen);
            }
        }
    }
}

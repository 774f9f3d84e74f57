package no.lpp.moteplass.knowledge.report;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The annual report for Helsedirektoratet as an accessible PDF: {@link AnnualReportHtml} laid out by openhtmltopdf as
 * tagged PDF/UA (headings, tables with header cells, the chart as a figure with alternative text, language nb, the
 * title shown as the window's title) and PDF/A-3u for archiving. The same figures, suppression included, as the JSON
 * report.
 */
public final class AnnualReportPdf {

    /** Liberation Sans from a font jar on the classpath: PDF/UA needs embedded fonts, and it has the Sámi letters. */
    private static final String FONTS = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final byte[] REGULAR = resource(FONTS + "LiberationSans-Regular.ttf");
    private static final byte[] BOLD = resource(FONTS + "LiberationSans-Bold.ttf");
    /** PDF/A wants an output intent; the JDK's own sRGB profile saves keeping one in the repository. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private AnnualReportPdf() {
    }

    public static byte[] of(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(SRGB);
        // The chart's SVG is our own, but Batik still gets no scripts and no external resources.
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), AnnualReportHtml.FONT, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), AnnualReportHtml.FONT, 700, FontStyle.NORMAL, true);
        // openhtmltopdf 1.1.31 gives Batik only @font-face fonts, so the chart's font is one, served from memory;
        // without it Batik would look for a system font, and a server may have none.
        builder.useProtocolsStreamImplementation(url -> new Font(AnnualReportHtml.CHART_FONT_URL.equals(url)
                ? REGULAR : new byte[0]), "font");
        builder.withProducer("Pårørende MØTEPLASS");
        builder.withHtmlContent(AnnualReportHtml.of(report), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the annual report", e);
        }
        return out.toByteArray();
    }

    /** A font from memory for openhtmltopdf; only ever read as bytes. */
    private record Font(byte[] bytes) implements FSStream {

        @Override
        public InputStream getStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public Reader getReader() {
            throw new UnsupportedOperationException("A font is not text");
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = AnnualReportPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The font " + path + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

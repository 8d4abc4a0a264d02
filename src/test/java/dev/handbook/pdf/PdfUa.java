package dev.handbook.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF against PDF/UA-1 or a PDF/A flavour. */
public final class PdfUa {
    private PdfUa() {}

    /** The rules the PDF fails, as "clause-test: message"; empty when it is PDF/UA-1 compliant. */
    public static List<String> failures(Path pdf) throws Exception {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** The rules the PDF fails against {@code flavour} (PDF/UA-1, PDF/A-2a, ...); empty when it complies. */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
            return result.isCompliant() || !failures.isEmpty() ? failures : List.of("not compliant, no rule named");
        } catch (ValidationException e) {
            throw new AssertionError(e);
        }
    }
}

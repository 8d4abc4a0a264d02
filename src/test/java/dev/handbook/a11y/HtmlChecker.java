package dev.handbook.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu), run in process on files: the errors it
 * finds in a page, as "line:column message". Warnings are not errors and are not returned. Not
 * thread-safe: one checker per thread.
 */
final class HtmlChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    HtmlChecker() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            // the schema comes from the checker's jar: nothing is fetched
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema(SCHEMA, handler);
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker could not start", e);
        }
    }

    List<String> errors(Path file) {
        errors.clear();
        try {
            validator.checkHtmlFile(file.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.add("fatal: " + e.getMessage());
        }
        return List.copyOf(errors);
    }
}

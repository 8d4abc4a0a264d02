package dev.handbook.render.pdf;

/** The PDF could not be made; {@code code} names the message, {@code detail} what was wrong. */
public class PdfException extends java.io.IOException {
    private final String code;
    private final String detail;

    public PdfException(String code, String detail, Throwable cause) {
        super(code + ": " + detail, cause);
        this.code = code;
        this.detail = detail;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return detail;
    }
}

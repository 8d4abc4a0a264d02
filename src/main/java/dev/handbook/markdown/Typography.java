package dev.handbook.markdown;

import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Quotation marks by language. Dutch uses the same curly quotes as English, with the single
 * closing quote as apostrophe (auto’s, ’s-Hertogenbosch); a language that uses other marks adds a
 * line here.
 */
record Typography(String doubleOpen, String doubleClose, String singleOpen, String singleClose, String apostrophe) {
    static Typography forLanguage(String language) {
        return new Typography("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;", "&rsquo;");
    }

    void apply(MutableDataSet options) {
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, doubleOpen);
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, doubleClose);
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, singleOpen);
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, singleClose);
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, apostrophe);
    }
}

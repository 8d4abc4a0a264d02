package dev.handbook.model;

/**
 * A field value whose page a content page is ({@code value-of: thema=bewoners-in-beeld}): the page
 * shows its own text and then the entries that carry the value, and links to the value lead to it.
 */
public record ValueOf(String field, String value) {
    @Override
    public String toString() {
        return field + "=" + value;
    }
}

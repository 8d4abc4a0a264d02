package dev.handbook.config;

/**
 * What the cover and colophon of the printed handbook show besides the title, subtitle, edition,
 * date and publisher (which the site's pages show too and so stay keys of their own).
 *
 * @param licence the licence the handbook is published under, as the reader should read it ("CC BY 4.0"), or null
 * @param isbn the ISBN as given (hyphens kept), or null
 * @param logo the logo's path from the content folder ("logo.svg"), or null
 */
public record Imprint(String licence, String isbn, String logo) {
    public static final Imprint NONE = new Imprint(null, null, null);

    /** Whether {@code isbn} is an ISBN-10 or ISBN-13 whose check digit holds; hyphens and spaces are ignored. */
    public static boolean validIsbn(String isbn) {
        String digits = isbn.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{13}")) {
            int sum = 0;
            for (int i = 0; i < 13; i++) sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            return sum % 10 == 0;
        }
        if (digits.matches("\\d{9}[\\dXx]")) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                char c = digits.charAt(i);
                sum += (c == 'X' || c == 'x' ? 10 : c - '0') * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }
}

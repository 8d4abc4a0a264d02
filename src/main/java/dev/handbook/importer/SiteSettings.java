package dev.handbook.importer;

/**
 * What the old site's project file says about the site as a whole, each null when it says nothing.
 *
 * @param language the language as the project file gives it ("nl", "nl-NL", "en")
 * @param basePath the path the old site was served under ("/Algoritmekader/"), "/" at the root of its host
 */
record SiteSettings(String title, String tagline, String description, String language, String repository,
        String editUrl, String siteUrl, String basePath) {

    /** The handbook language for the old site's language: "nl" or "en", or null when it is neither. */
    String handbookLanguage() {
        if (language == null) return null;
        String lower = language.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("nl") || lower.startsWith("nl-") || lower.startsWith("nl_")) return "nl";
        if (lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_")) return "en";
        return null;
    }
}

package dev.handbook.render.view;

/** What every page shows of the handbook itself. {@code date} is formatted in the handbook's language. */
public record SiteView(String title, String subtitle, String edition, String publisher, String date, String language) {}

package dev.handbook.render.view;

/** A link to a page, relative to the page it appears on. */
public record LinkView(String title, String href, String number, String summary) {}

package dev.handbook.config;

import dev.handbook.yaml.Pos;

/**
 * A page the footer of every page links to, such as the accessibility statement or the colofon.
 *
 * @param page the page's Markdown file, relative to the content folder ("10-bijlagen/03-colofon.md")
 * @param pos where {@code handbook.yml} names it, for a problem when no such page is built
 */
public record FooterLink(String page, Pos pos) {}

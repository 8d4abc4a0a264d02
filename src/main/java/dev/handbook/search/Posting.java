package dev.handbook.search;

/** A document that holds a term, with the term's score in it (already weighed, scaled to an integer). */
public record Posting(int document, int score) {}

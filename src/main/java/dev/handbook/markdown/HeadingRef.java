package dev.handbook.markdown;

/** A heading of a page body, for the on-page table of contents and for anchor checks. */
public record HeadingRef(int level, String id, String text) {}

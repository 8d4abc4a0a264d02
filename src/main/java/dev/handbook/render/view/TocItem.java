package dev.handbook.render.view;

/** A heading in the on-page table of contents. */
public record TocItem(int level, String id, String text) {}

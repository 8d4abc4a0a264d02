package dev.handbook.cache;

/** Look-ups in a build cache that found a result ({@code hits}) and that did not ({@code misses}). */
public record CacheStats(long hits, long misses) {}

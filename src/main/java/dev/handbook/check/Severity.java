package dev.handbook.check;

public enum Severity {
    ERROR,
    WARNING
}

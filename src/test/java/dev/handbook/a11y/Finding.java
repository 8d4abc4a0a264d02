package dev.handbook.a11y;

import java.util.List;

/** One thing a browser check found on a page, as check-pages.js reports it. */
record Finding(String kind, String page, List<String> fields) {
    /** The checks a finding belongs to, each a test of its own. */
    enum Check { AXE, REFLOW, KEYBOARD, REQUESTS, ERRORS }

    Check check() {
        return switch (kind) {
            case "AXE" -> Check.AXE;
            case "REFLOW" -> Check.REFLOW;
            case "UNREACHED", "NOFOCUS", "OFFSCREEN", "USE" -> Check.KEYBOARD;
            case "REQUEST" -> Check.REQUESTS;
            default -> Check.ERRORS;
        };
    }

    /** An axe finding's rule id ("image-alt", "color-contrast"); empty for the other kinds. */
    String rule() {
        return kind.equals("AXE") ? fields.get(1) : "";
    }

    String readable() {
        return switch (kind) {
            case "AXE" -> "[" + fields.get(1) + ", " + fields.get(2) + ", at " + fields.get(0) + " px] " + fields.get(3)
                    + "\n      element: " + fields.get(4) + "\n      " + fields.get(5);
            case "REFLOW" -> "the page is " + fields.get(0) + " px wide at 320 px; sticking out: " + fields.get(1)
                    + (fields.get(2).isEmpty() ? "" : " (right edge at " + fields.get(2) + " px)");
            case "UNREACHED" -> "Tab never reaches " + fields.get(0);
            case "NOFOCUS" -> "no visible focus (outline or box-shadow) on " + fields.get(0);
            case "OFFSCREEN" -> "focused outside the viewport: " + fields.get(0);
            case "USE" -> fields.get(0) + ": " + fields.get(1);
            case "REQUEST" -> "request to another host: " + fields.get(0);
            default -> String.join(" ", fields);
        };
    }
}

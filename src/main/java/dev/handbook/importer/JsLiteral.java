package dev.handbook.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The literal parts of a JavaScript or TypeScript file, read without running it: object and array
 * literals, strings, numbers, booleans and null, as {@code docusaurus.config.js} and {@code sidebars.js}
 * write their settings. Anything else (a function, a {@code require(...)}, a variable) is skipped up to
 * the next comma or closing bracket and stands as {@link Opaque}, so that one clever entry does not
 * lose the rest of the file. Values are {@code Map<String, Object>}, {@code List<Object>},
 * {@code String}, {@code Double}, {@code Boolean}, null or {@link Opaque}.
 */
final class JsLiteral {
    /** A value the reader does not evaluate, with its source text. */
    record Opaque(String text) {}

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private record Token(char kind, String text, int start) {}

    private JsLiteral(String src) {
        this.src = src;
        tokenize();
    }

    /**
     * The value the file exports: {@code module.exports = ...} or {@code export default ...}, following a
     * name to its {@code const NAME = ...}; empty when the file exports nothing this reader understands.
     */
    static Optional<Object> exported(String source) {
        JsLiteral js = new JsLiteral(source);
        for (int i = 0; i < js.tokens.size(); i++) {
            int value = -1;
            if (js.is(i, "module") && js.is(i + 1, ".") && js.is(i + 2, "exports") && js.is(i + 3, "=")) value = i + 4;
            else if (js.is(i, "export") && js.is(i + 1, "default")) value = i + 2;
            if (value < 0 || value >= js.tokens.size()) continue;
            Token first = js.tokens.get(value);
            if (first.kind == 'w' && !js.is(value + 1, "(")) {
                int declared = js.declaration(first.text);
                if (declared >= 0) return Optional.ofNullable(js.parseAt(declared));
            } else {
                return Optional.ofNullable(js.parseAt(value));
            }
        }
        return Optional.empty();
    }

    /** The first value of a text that is one literal, as a JSON file is; null when it is none. */
    static Object parse(String source) {
        JsLiteral js = new JsLiteral(source);
        return js.tokens.isEmpty() ? null : js.parseAt(0);
    }

    /** The value at a path of keys in nested maps, or null. */
    @SuppressWarnings("unchecked")
    static Object at(Object value, String... keys) {
        Object current = value;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) return null;
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }

    static String text(Object value, String... keys) {
        return at(value, keys) instanceof String s ? s : null;
    }

    /** Where the value of {@code const|let|var NAME (: Type)? =} starts, or -1. */
    private int declaration(String name) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if ((is(i, "const") || is(i, "let") || is(i, "var")) && is(i + 1, name)) {
                // skip a type annotation, which may hold braces and semicolons of its own
                int j = i + 2;
                int depth = 0;
                for (; j < tokens.size(); j++) {
                    if (is(j, "{") || is(j, "(") || is(j, "[") || is(j, "<")) depth++;
                    else if (is(j, "}") || is(j, ")") || is(j, "]") || is(j, ">")) depth--;
                    else if (depth <= 0 && (is(j, "=") || is(j, ";"))) break;
                }
                if (is(j, "=")) return j + 1;
            }
        }
        return -1;
    }

    private Object parseAt(int index) {
        at = index;
        return value();
    }

    private boolean is(int i, String text) {
        return i < tokens.size() && tokens.get(i).kind != 's' && tokens.get(i).text.equals(text);
    }

    private Token peek() {
        return at < tokens.size() ? tokens.get(at) : new Token('e', "", src.length());
    }

    private Object value() {
        Token t = peek();
        if (t.kind == 's') {
            at++;
            return t.text;
        }
        if (t.text.equals("{")) return object();
        if (t.text.equals("[")) return array();
        if (t.text.equals("(")) {
            // a parenthesised literal, as in ({ docs: {...} }) with a type comment before it
            int start = at;
            at++;
            Object inner = value();
            if (peek().text.equals(")")) {
                at++;
                return inner;
            }
            at = start;
        }
        if (t.kind == 'n') {
            at++;
            if (!ends(peek())) return opaqueFrom(t.start);
            try {
                return Double.valueOf(t.text);
            } catch (NumberFormatException e) {
                return new Opaque(t.text);
            }
        }
        if (t.kind == 'w' && (t.text.equals("true") || t.text.equals("false") || t.text.equals("null"))) {
            at++;
            if (ends(peek())) return t.text.equals("null") ? null : Boolean.valueOf(t.text);
        }
        return opaqueFrom(t.start);
    }

    private static boolean ends(Token t) {
        return t.kind == 'e' || t.text.equals(",") || t.text.equals("}") || t.text.equals("]") || t.text.equals(")")
                || t.text.equals(";");
    }

    /** Skips an expression this reader does not evaluate, up to a comma or closing bracket at its own depth. */
    private Opaque opaqueFrom(int start) {
        int depth = 0;
        int end = start;
        while (at < tokens.size()) {
            Token t = tokens.get(at);
            if (t.kind == 'p' && "([{".contains(t.text)) depth++;
            else if (t.kind == 'p' && ")]}".contains(t.text)) {
                if (depth == 0) break;
                depth--;
            } else if (depth == 0 && t.kind == 'p' && (t.text.equals(",") || t.text.equals(";"))) break;
            end = t.start + Math.max(1, t.text.length());
            at++;
        }
        return new Opaque(src.substring(start, Math.max(start, Math.min(end, src.length()))).strip());
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        at++; // {
        while (at < tokens.size() && !peek().text.equals("}")) {
            Token key = peek();
            if (key.text.equals(",")) {
                at++;
                continue;
            }
            if (key.text.equals("...")) {
                at++;
                opaqueFrom(peek().start);
                continue;
            }
            at++;
            if (peek().text.equals(":")) {
                at++;
                map.put(key.text, value());
            } else if (key.kind == 'w' && (peek().text.equals(",") || peek().text.equals("}"))) {
                map.put(key.text, new Opaque(key.text)); // shorthand { sidebars }
            } else {
                at--;
                opaqueFrom(key.start); // a method, a computed key: skipped
            }
        }
        at++; // }
        return map;
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        at++; // [
        while (at < tokens.size() && !peek().text.equals("]")) {
            if (peek().text.equals(",")) {
                at++;
                continue;
            }
            int before = at;
            list.add(value());
            if (at == before) at++;
        }
        at++; // ]
        return list;
    }

    private void tokenize() {
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'' || c == '`') {
                StringBuilder text = new StringBuilder();
                int start = i++;
                while (i < n && src.charAt(i) != c) {
                    char ch = src.charAt(i);
                    if (ch == '\\' && i + 1 < n) {
                        char next = src.charAt(++i);
                        text.append(switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> next;
                        });
                    } else {
                        text.append(ch);
                    }
                    i++;
                }
                i++;
                tokens.add(new Token('s', text.toString(), start));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(src.charAt(i))) i++;
                tokens.add(new Token('w', src.substring(start, i), start));
            } else if (Character.isDigit(c) || c == '-' && i + 1 < n && Character.isDigit(src.charAt(i + 1))) {
                int start = i++;
                while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '.')) i++;
                tokens.add(new Token('n', src.substring(start, i), start));
            } else if (src.startsWith("...", i)) {
                tokens.add(new Token('p', "...", i));
                i += 3;
            } else if (src.startsWith("=>", i)) {
                tokens.add(new Token('p', "=>", i));
                i += 2;
            } else {
                tokens.add(new Token('p', String.valueOf(c), i));
                i++;
            }
        }
    }
}

package dev.handbook;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON that the tool writes, parsed for tests to assert on its values rather than on its text: an
 * object becomes a map in the order of its keys, an array a list, a whole number a {@link Long}, any
 * other number a {@link Double}. Anything but exactly one JSON value (a syntax error, a duplicate key,
 * text after the value) fails the test, with the text.
 */
public final class ParsedJson {
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private ParsedJson() {}

    public static Object parse(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            Object value = read(parser, parser.nextToken());
            if (parser.nextToken() != null) throw new AssertionError("more than one JSON value in:\n" + json);
            return value;
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + e.getMessage() + "):\n" + json, e);
        }
    }

    /** {@code json}, which must be one JSON object. */
    public static Map<String, Object> object(String json) {
        return object(parse(json), json);
    }

    /** {@code json}, which must be a JSON array of objects. */
    public static List<Map<String, Object>> objects(String json) {
        return objects(parse(json), json);
    }

    /** A parsed value, such as a field's, that must be an object. */
    public static Map<String, Object> asObject(Object value) {
        return object(value, String.valueOf(value));
    }

    /** A parsed value, such as a field's, that must be an array of objects. */
    public static List<Map<String, Object>> asObjects(Object value) {
        return objects(value, String.valueOf(value));
    }

    /**
     * The value that a script of the site assigns: {@code script} must be {@code prefix}, one JSON value
     * and {@code ;} and a line end, such as {@code window.handbookToc={...};}.
     */
    public static Object assigned(String script, String prefix) {
        if (!script.startsWith(prefix) || !script.endsWith(";\n")) {
            throw new AssertionError("not " + prefix + "...;\\n:\n" + script);
        }
        return parse(script.substring(prefix.length(), script.length() - 2));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String text) {
        if (!(value instanceof Map)) throw new AssertionError("not a JSON object:\n" + text);
        return (Map<String, Object>) value;
    }

    private static List<Map<String, Object>> objects(Object value, String text) {
        if (!(value instanceof List<?> list)) throw new AssertionError("not a JSON array:\n" + text);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object item : list) objects.add(object(item, text));
        return objects;
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) throw new AssertionError("no JSON value: the text is empty");
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.put(name, read(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(read(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> (Object) parser.getDoubleValue();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> null;
            default -> throw new AssertionError("unexpected " + token + " in JSON");
        };
    }
}

package dev.handbook.render.pebble;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's component in a template ({@code page.title}) through its accessor, looked up once per
 * record class. Pebble's own resolver finds the same accessor, but on every read it makes a cache key,
 * copies the method's parameter types and casts the arguments there are none of, which made the page
 * template's attribute reads a few percent of a build. Everything else (maps, lists, a method with
 * arguments, a name that is no component) is left to Pebble's resolver, which comes after this one.
 */
final class RecordAttributeResolver implements AttributeResolver {
    /** Accessors by component name; empty for a class that is no record or that Pebble reads as a collection first. */
    private final ClassValue<Map<String, Method>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || Map.class.isAssignableFrom(type) || Map.Entry.class.isAssignableFrom(type)
                    || Collection.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)) {
                return Map.of();
            }
            Map<String, Method> found = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true); // as Pebble does: records of the render package are not public
                found.put(component.getName(), accessor);
            }
            return Map.copyOf(found);
        }
    };

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeName, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || !(attributeName instanceof String name)) return null;
        if (argumentValues != null && argumentValues.length > 0) return null;
        Method accessor = accessors.get(instance.getClass()).get(name);
        if (accessor == null) return null;
        try {
            return new ResolvedAttribute(accessor.invoke(instance));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PebbleException(e, "Could not call " + accessor.getName(), lineNumber, filename);
        }
    }
}

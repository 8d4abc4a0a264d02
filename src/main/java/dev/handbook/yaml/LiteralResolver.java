package dev.handbook.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars so that a value means what the editor typed. YAML 1.1 reads {@code NO}
 * and {@code on} as booleans, {@code 0123} as the octal 83 and {@code 2025.1} as a float; here
 * only {@code true}/{@code false}, plain decimal integers without a leading zero, ISO dates and
 * empty values get a type, and everything else stays text.
 */
final class LiteralResolver extends Resolver {
    private static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern INTEGER = Pattern.compile("^[-+]?(?:0|[1-9][0-9]{0,17})$");
    private static final Pattern DATE = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    private static final Pattern EMPTY_VALUE = Pattern.compile("^(?:~|null|Null|NULL|)$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
        addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
        addImplicitResolver(Tag.TIMESTAMP, DATE, "0123456789");
        addImplicitResolver(Tag.NULL, EMPTY_VALUE, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
    }
}

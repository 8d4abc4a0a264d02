package dev.handbook.importer;

import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML as other site generators' files write it, read safely: {@code mkdocs.yml} carries tags such as
 * {@code !!python/name:material.extensions.emoji.twemoji} and {@code !ENV [VAR, default]}, which name
 * code to run; here every tag the safe reader does not know gives its plain value (text, list or map)
 * and nothing is ever instantiated. Dates stay text, and only {@code true} and {@code false} are
 * booleans ({@code NO} and {@code on} stay the words the editor typed).
 */
final class LooseYaml {
    private LooseYaml() {}

    /** A problem reading the YAML, with the line it is at (1-based, 0 when unknown). */
    static final class Failure extends Exception {
        final int line;

        Failure(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static Object load(String text) throws Failure {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        // the last one wins, as in MkDocs; SnakeYAML would print a warning of its own on the console
        options.setWarnOnDuplicateKeys(false);
        options.setMaxAliasesForCollections(100);
        // global tags (!!python/name:...) are let through to AnyTag, which makes plain values of them
        options.setTagInspector(tag -> true);
        try {
            return new Yaml(new AnyTag(options)).load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            return fail(e.getProblem() != null ? e.getProblem() : e.getMessage(), line);
        } catch (YAMLException | ClassCastException e) {
            return fail(e.getMessage(), 0);
        }
    }

    private static Object fail(String message, int line) throws Failure {
        throw new Failure(message, line);
    }

    private static final class AnyTag extends SafeConstructor {
        AnyTag(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            yamlConstructors.put(Tag.BOOL, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String value = ((ScalarNode) node).getValue();
                    String lower = value.toLowerCase(Locale.ROOT);
                    return lower.equals("true") ? Boolean.TRUE : lower.equals("false") ? Boolean.FALSE : value;
                }
            });
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) return scalar.getValue();
                    if (node instanceof SequenceNode sequence) return constructSequence(sequence);
                    return constructMapping((MappingNode) node);
                }
            });
        }
    }
}

package dev.handbook.yaml;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses YAML into {@link YamlNode}s that keep their line and column, with {@link LiteralResolver}
 * deciding types. Not thread-safe (SnakeYAML's {@code Yaml} is not): make one per thread.
 */
public final class StrictYaml {
    private final Yaml yaml;

    public StrictYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(50);
        DumperOptions dumper = new DumperOptions();
        this.yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new LiteralResolver());
    }

    /** Parses one document; an empty document gives an empty map. */
    public YamlNode parse(String text) throws YamlException {
        Node root;
        YamlMistakes mistakes = new YamlMistakes(text);
        try {
            root = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw mistakes.explain(e);
        } catch (YAMLException e) {
            throw new YamlException(e.getMessage(), Pos.NONE);
        }
        if (root == null) return YamlMap.empty();
        return convert(root, mistakes);
    }

    private YamlNode convert(Node node, YamlMistakes mistakes) throws YamlException {
        Pos pos = pos(node.getStartMark());
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, pos);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) items.add(convert(item, mistakes));
            return new YamlList(items, pos);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key)) {
                throw mistakes.keyNotText(pos(keyNode.getStartMark()));
            }
            String name = key.getValue();
            if (entries.containsKey(name)) {
                throw mistakes.duplicateKey(name, pos(keyNode.getStartMark()), entries.get(name).keyPos().line());
            }
            entries.put(name, new YamlMap.Entry(name, pos(keyNode.getStartMark()), convert(tuple.getValueNode(), mistakes)));
        }
        return new YamlMap(entries, pos);
    }

    private static YamlScalar scalar(ScalarNode node, Pos pos) {
        String text = node.getValue();
        Tag tag = node.getTag();
        Object value = text;
        if (Tag.NULL.equals(tag)) {
            value = null;
        } else if (Tag.BOOL.equals(tag)) {
            value = Boolean.valueOf(text.equalsIgnoreCase("true"));
        } else if (Tag.INT.equals(tag)) {
            value = Long.valueOf(text.startsWith("+") ? text.substring(1) : text);
        } else if (Tag.TIMESTAMP.equals(tag)) {
            try {
                value = LocalDate.parse(text);
            } catch (DateTimeException e) {
                value = text; // not a real date (2025-02-30): the field check reports it
            }
        }
        return new YamlScalar(value, text, pos);
    }

    private static Pos pos(Mark mark) {
        return new Pos(mark.getLine() + 1, mark.getColumn() + 1);
    }
}

package dev.handbook.yaml;

import java.util.List;

public record YamlList(List<YamlNode> items, Pos pos) implements YamlNode {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "list";
    }
}

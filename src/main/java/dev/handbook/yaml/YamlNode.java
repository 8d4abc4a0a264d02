package dev.handbook.yaml;

/** A parsed YAML value that remembers where it was written. */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {
    Pos pos();

    /** What kind of value this is, for messages: "tekst", "lijst", ... are looked up by this key. */
    String kind();
}

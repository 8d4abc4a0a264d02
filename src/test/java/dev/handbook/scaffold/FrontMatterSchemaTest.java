package dev.handbook.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.handbook.check.Problems;
import dev.handbook.cli.Main;
import dev.handbook.config.ConfigLoader;
import dev.handbook.content.FrontMatter;
import dev.handbook.yaml.StrictYaml;
import dev.handbook.yaml.YamlList;
import dev.handbook.yaml.YamlMap;
import dev.handbook.yaml.YamlNode;
import dev.handbook.yaml.YamlScalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code handbook schema}: a JSON Schema that a standard validator (networknt, draft-07) reads, that
 * accepts the front matter of every page of the sample handbook and rejects what the checker rejects.
 */
class FrontMatterSchemaTest {
    static final Path SAMPLE = Path.of("content");

    @TempDir
    Path dir;

    private static Schema schemaOf(Path source) {
        String json = new FrontMatterSchema(new ConfigLoader(new Problems()).load(source)).json();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(json, InputFormat.JSON);
    }

    /** The front matter of {@code page} as JSON, as a YAML-reading tool would hand it to a validator. */
    private static String frontMatterJson(String page) throws Exception {
        FrontMatter fm = FrontMatter.split(page);
        return JSON.std.asString(plain(new StrictYaml().parse(fm.yaml())));
    }

    private static Object plain(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.value() instanceof java.time.LocalDate d ? d.toString() : s.value();
        }
        if (node instanceof YamlList l) return l.items().stream().map(FrontMatterSchemaTest::plain).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        ((YamlMap) node).entries().forEach((k, e) -> out.put(k, plain(e.value())));
        return out;
    }

    private static List<Error> errors(Schema schema, String page) throws Exception {
        return schema.validate(frontMatterJson(page), InputFormat.JSON);
    }

    @Test
    void everyPageOfTheSampleHandbookIsValid() throws Exception {
        Schema schema = schemaOf(SAMPLE);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(SAMPLE)) {
            pages = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(40);
        int cases = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            if (FrontMatter.split(text).yaml() == null) continue;
            if (text.contains("type: casus")) cases++;
            assertThat(errors(schema, text)).as(page.toString()).isEmpty();
        }
        assertThat(cases).isGreaterThan(5);
    }

    @Test
    void anUnknownValueAMissingRequiredFieldAndAnUnknownKeyAreRejected() throws Exception {
        Schema schema = schemaOf(SAMPLE);
        String good = Files.readString(SAMPLE.resolve("09-casussen/02-schaalsprong-eindhoven.md"));
        assertThat(errors(schema, good)).isEmpty();

        List<Error> unknownValue = errors(schema, good.replace("schaal: regionaal", "schaal: wereldwijd"));
        assertThat(unknownValue).isNotEmpty().allSatisfy(e -> assertThat(e.getInstanceLocation().toString()).contains("schaal"));

        List<Error> missing = errors(schema, good.replaceFirst("(?m)^jaar: 2023\n", ""));
        assertThat(missing).extracting(Error::getKeyword).contains("required");
        assertThat(missing).extracting(Error::getMessage).anySatisfy(m -> assertThat(m).contains("jaar"));

        // as `new` writes it: present but empty
        assertThat(errors(schema, good.replace("jaar: 2023", "jaar:"))).isNotEmpty();
        assertThat(errors(schema, good.replace("title: ", "titel: "))).isNotEmpty();
        // a plain page needs no case fields
        assertThat(errors(schema, "---\ntitle: Gewoon\nsummary: Een pagina.\n---\n")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemaNamesTheValuesWithTheirLabels() throws Exception {
        Map<String, Object> schema = JSON.std.mapFrom(new FrontMatterSchema(new ConfigLoader(new Problems()).load(SAMPLE)).json());
        Map<String, Object> schaal = (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get("schaal");
        assertThat(schaal.get("title")).isEqualTo("Schaal");
        assertThat((List<Object>) schaal.get("oneOf")).contains((Object) Map.of("const", "regionaal", "title", "Regionaal"));
    }

    @Test
    void theCommandWritesTheSameBytesEachTimeAndTheCheckerAgrees() throws Exception {
        Path out = dir.resolve("schema/front-matter.schema.json");
        assertThat(Main.execute("schema", "--source", SAMPLE.toString(), "--out", out.toString())).isZero();
        String first = Files.readString(out);
        assertThat(Main.execute("schema", "--source", SAMPLE.toString(), "--out", out.toString())).isZero();
        assertThat(Files.readString(out)).isEqualTo(first).isEqualTo(new FrontMatterSchema(
                new ConfigLoader(new Problems()).load(SAMPLE)).json());
    }
}

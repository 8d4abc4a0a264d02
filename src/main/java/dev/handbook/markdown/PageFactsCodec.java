package dev.handbook.markdown;

import dev.handbook.check.Problem;
import dev.handbook.check.Severity;
import dev.handbook.markdown.fence.FenceAttributes;
import dev.handbook.markdown.fence.FencedBlock;
import dev.handbook.yaml.Pos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@link PageFacts} as bytes, for the build cache. Ids are written sorted, so equal facts give equal bytes. */
public final class PageFactsCodec {
    private PageFactsCodec() {}

    public static byte[] encode(PageFacts facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(facts.headings().size());
            for (HeadingRef h : facts.headings()) {
                out.writeInt(h.level());
                string(out, h.id());
                string(out, h.text());
            }
            strings(out, new ArrayList<>(new TreeSet<>(facts.ids())));
            string(out, facts.firstLines());
            out.writeInt(facts.fences().size());
            for (PageFacts.Fence f : facts.fences()) {
                string(out, f.name());
                string(out, f.title());
                out.writeInt(f.lineIndex());
                string(out, f.form().name());
                string(out, f.attributes().id());
                out.writeInt(f.attributes().values().size());
                for (Map.Entry<String, List<String>> value : f.attributes().values().entrySet()) {
                    string(out, value.getKey());
                    strings(out, value.getValue());
                }
                strings(out, f.attributes().unreadable());
                string(out, f.entryId());
                string(out, f.firstLines());
            }
            out.writeInt(facts.links().size());
            for (PageFacts.LinkUse link : facts.links()) {
                string(out, link.url());
                out.writeBoolean(link.image());
                pos(out, link.pos());
            }
            out.writeInt(facts.problems().size());
            for (Problem p : facts.problems()) {
                pos(out, new Pos(p.line(), p.column()));
                string(out, p.severity().name());
                string(out, p.code());
                strings(out, p.args());
            }
            out.writeInt(facts.citations().size());
            for (PageFacts.CitationUse citation : facts.citations()) {
                string(out, citation.key());
                pos(out, citation.pos());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static PageFacts decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            List<HeadingRef> headings = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) headings.add(new HeadingRef(in.readInt(), string(in), string(in)));
            Set<String> ids = Set.copyOf(strings(in));
            String firstLines = string(in);
            List<PageFacts.Fence> fences = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = string(in);
                String title = string(in);
                int lineIndex = in.readInt();
                FencedBlock.Form form = FencedBlock.Form.valueOf(string(in));
                String id = string(in);
                Map<String, List<String>> values = new LinkedHashMap<>();
                for (int v = in.readInt(); v > 0; v--) values.put(string(in), strings(in));
                FenceAttributes attributes = new FenceAttributes(id, values, strings(in));
                fences.add(new PageFacts.Fence(name, title, lineIndex, form, attributes, string(in), string(in)));
            }
            List<PageFacts.LinkUse> links = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) links.add(new PageFacts.LinkUse(string(in), in.readBoolean(), pos(in)));
            List<Problem> problems = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                Pos pos = pos(in);
                Severity severity = Severity.valueOf(string(in));
                problems.add(new Problem("", pos.line(), pos.column(), severity, string(in), strings(in)));
            }
            List<PageFacts.CitationUse> citations = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) citations.add(new PageFacts.CitationUse(string(in), pos(in)));
            return new PageFacts(headings, ids, firstLines, fences, links, problems, citations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pos(DataOutputStream out, Pos pos) throws IOException {
        out.writeInt(pos.line());
        out.writeInt(pos.column());
    }

    private static Pos pos(DataInputStream in) throws IOException {
        return new Pos(in.readInt(), in.readInt());
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) string(out, s);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) strings.add(string(in));
        return strings;
    }

    /** Length-prefixed UTF-8 (-1 for null): unlike writeUTF, not limited to 64 KB. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) return null;
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}

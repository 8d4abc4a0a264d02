package dev.handbook.serve.edit;

import dev.handbook.Handbooks;
import dev.handbook.check.Bundle;
import dev.handbook.check.Messages;
import dev.handbook.check.Problem;
import dev.handbook.check.Problems;
import dev.handbook.config.ConfigLoader;
import dev.handbook.config.HandbookConfig;
import dev.handbook.config.TextFiles;
import dev.handbook.model.Page;
import dev.handbook.pipeline.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the editor does with a page: opens it (its body, its front matter as the form's values, the form
 * itself), checks it as the editor has it with the checks of {@code check}, and saves it. The text it
 * checks and saves is the file on disk with the form's changes made in its front matter
 * ({@link FrontMatterEditor}) and the editor's body after it, in the file's own line endings.
 */
final class PageEditor {
    /** What the browser sends of a page being edited. @param raw the whole file as text, when the form could not be made */
    record Draft(String path, String version, Map<String, FormValue> values, String body, String raw) {}

    /** The outcome of a save: the new version, or the file as it is on disk now when it changed since it was opened. */
    record Saved(String version, boolean conflict, String disk, String mine) {}

    private final Path source;
    private final Options options;
    private final ContentFiles files;

    PageEditor(Path source, Options options, ContentFiles files) {
        this.source = source;
        this.options = options;
        this.files = files;
    }

    HandbookConfig config() {
        return new ConfigLoader(new Problems()).load(source);
    }

    /**
     * The page at {@code path} for the editor, with the form and the pages it may link to.
     *
     * @param asRaw the editor asked for the whole file as text, front matter included, instead of the form
     */
    Map<String, Object> open(String path, List<Page> pages, boolean asRaw) throws Refusal, IOException {
        Path file = files.page(path);
        byte[] bytes = Files.readAllBytes(file);
        PageText page = parse(bytes, path);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", files.relative(file));
        out.put("version", AtomicFiles.version(bytes));
        Optional<Map<String, FormValue>> values = asRaw ? Optional.empty() : FrontMatterValues.read(page.frontMatter());
        out.put("raw", values.isEmpty());
        out.put("rawAsked", asRaw);
        if (values.isPresent()) {
            Map<String, Object> form = new LinkedHashMap<>();
            values.get().forEach((key, value) -> form.put(key, value.isList() ? value.items() : value.text()));
            out.put("values", form);
            out.put("body", page.body());
            out.put("bodyLine", page.bodyLine());
        } else {
            out.put("values", Map.of());
            out.put("body", page.text());
            out.put("bodyLine", 1);
        }
        out.putAll(form(pages));
        return out;
    }

    /** What every editor's form needs besides a page: the schema, the pages and chapters, the words. */
    Map<String, Object> form(List<Page> pages) {
        HandbookConfig config = config();
        Bundle messages = Bundle.editor(config.language());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schema", FormSchema.of(config, messages));
        out.put("pages", pageList(pages, false));
        out.put("chapters", pageList(pages, true));
        out.put("labels", EditorLabels.of(messages));
        return out;
    }

    /** The problems {@code check} would report for the page once saved as {@code draft}, with their lines in the editor. */
    Map<String, Object> check(Draft draft) throws Refusal, IOException {
        Path file = files.page(draft.path());
        PageText page = compose(parse(Files.readAllBytes(file), draft.path()), draft);
        String rel = files.relative(file);
        String name = source.resolve(rel).toString().replace('\\', '/');
        List<Problem> problems = Handbooks.checkUnsaved(source, options, rel, page.text()).problems();
        Messages messages = new Messages(config().language());
        Map<Integer, String> keys = FrontMatterValues.keyLines(page.frontMatter());
        int bodyLine = draft.raw() != null ? 1 : page.bodyLine();
        List<Object> found = new ArrayList<>();
        for (Problem p : problems) {
            if (!p.file().equals(name)) continue;
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("line", p.line());
            problem.put("column", p.column());
            problem.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            problem.put("code", p.code());
            problem.put("message", messages.message(p));
            problem.put("hint", messages.hint(p).orElse(null));
            if (draft.raw() == null && p.line() > 0 && p.line() < bodyLine) problem.put("field", keyAt(keys, p.line() - 1));
            found.add(problem);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bodyLine", bodyLine);
        out.put("problems", found);
        return out;
    }

    /** Writes the page as {@code draft} has it, unless the file changed since the version the editor opened. */
    Saved save(Draft draft) throws Refusal, IOException {
        Path file = files.page(draft.path());
        byte[] bytes = Files.readAllBytes(file);
        PageText disk = parse(bytes, draft.path());
        PageText page = compose(disk, draft);
        String current = AtomicFiles.version(bytes);
        if (!current.equals(draft.version())) return new Saved(current, true, disk.text(), page.text());
        byte[] out = page.bytes();
        if (!java.util.Arrays.equals(out, bytes)) AtomicFiles.write(file, out);
        return new Saved(AtomicFiles.version(out), false, null, null);
    }

    private PageText parse(byte[] bytes, String path) throws Refusal {
        try {
            TextFiles.decode(bytes); // refuses what is not UTF-8 before the editor shows it garbled
        } catch (IOException e) {
            throw Refusal.bad("edit.not-utf8", path);
        }
        return PageText.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    private PageText compose(PageText disk, Draft draft) {
        if (draft.raw() != null) {
            PageText typed = PageText.parse(draft.raw());
            return new PageText(typed.frontMatter(), typed.body(), disk.crlf(), disk.bom());
        }
        Map<String, FormValue> before = FrontMatterValues.read(disk.frontMatter()).orElse(Map.of());
        FormValue type = draft.values().getOrDefault("type", before.get("type"));
        Set<String> required = FormSchema.required(config(), type == null || type.isEmpty() ? null : type.text());
        if (disk.frontMatter() == null && draft.values().values().stream().allMatch(FormValue::isEmpty)) {
            return disk.with(null, draft.body());
        }
        String yaml = FrontMatterEditor.apply(disk.frontMatter() == null ? "" : disk.frontMatter(), before, draft.values(), required);
        return disk.with(yaml, draft.body());
    }

    private static String keyAt(Map<Integer, String> keys, int yamlLine) {
        String key = null;
        for (Map.Entry<Integer, String> k : keys.entrySet()) {
            if (k.getKey() <= yamlLine) key = k.getValue();
        }
        return key;
    }

    /** The pages to link to (or, with {@code chapters}, the folders a new page may go into), in source order. */
    static List<Object> pageList(List<Page> pages, boolean chapters) {
        List<Object> list = new ArrayList<>();
        pages.stream().sorted(Comparator.comparing(Page::sourcePath)).forEach(page -> {
            String path = page.sourcePath();
            boolean index = path.endsWith("/index.md") || path.endsWith("/_index.md");
            if (chapters && !index) return;
            if (path.isEmpty() || !path.endsWith(".md")) return;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("path", chapters ? path.substring(0, path.lastIndexOf('/')) : path);
            item.put("title", page.title());
            list.add(item);
        });
        return list;
    }

    /** The folders {@link #pageList} offers for a new page: a new page may go only there. */
    static boolean isChapter(List<Page> pages, String folder) {
        return pageList(pages, true).stream().anyMatch(item -> folder.equals(((Map<?, ?>) item).get("path")));
    }
}

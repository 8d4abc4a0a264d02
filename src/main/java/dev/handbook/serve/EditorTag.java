package dev.handbook.serve;

import dev.handbook.output.OutputFile;
import dev.handbook.serve.edit.EditHandler;

/**
 * With {@code serve --edit}, the editor's script in every page as it is served, after the live-reload
 * script: it tells the script this run's token and which source the page is made from (none for a page
 * the generator makes, such as an overview, which gets the "Nieuwe pagina" button only).
 */
final class EditorTag {
    private final EditHandler editor;

    EditorTag(EditHandler editor) {
        this.editor = editor;
    }

    /** @param source the page's source in the content folder, or null */
    OutputFile apply(OutputFile file, String source) throws java.io.IOException {
        if (!ContentTypes.isHtml(ContentTypes.of(file.path()))) return file;
        String tag = "<script src=\"" + EditHandler.PREFIX + "editor.js\" defer data-token=\"" + LivePages.escape(editor.token())
                + "\" data-source=\"" + LivePages.escape(source == null ? "" : source)
                + "\" data-label=\"" + LivePages.escape(editor.label("edit"))
                + "\" data-new-label=\"" + LivePages.escape(editor.label("new-page")) + "\"></script>";
        return new OutputFile.Generated(file.path(), LivePages.insert(file.read(), tag));
    }
}

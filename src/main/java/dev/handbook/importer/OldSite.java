package dev.handbook.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a project reader learned about the old site: its settings, its navigation, the address of every
 * page on it, and what it could not carry over.
 *
 * @param addresses every page's address on the old site by its path in the docs folder: "a/b/" for a
 *     directory URL, "a/b.html" for a file, "docs/a/b/" for a Docusaurus route ("" for the home page)
 * @param folderTitles titles of folders the navigation or a {@code _category_.json} gives, by folder path
 * @param tagLabels labels of tags by their key (Docusaurus' {@code tags.yml}), empty without one
 * @param staticDir the folder whose files the old site served from its root (Docusaurus' {@code static/}), or null
 * @param notes what of the site as a whole is not carried over, one sentence each
 * @param pythonHtml whether HTML in the Markdown was read as Python-Markdown reads it (MkDocs)
 * @param abbreviations the abbreviations every page knew (MkDocs' snippets appended them), or null
 */
record OldSite(Kind kind, SiteSettings settings, List<NavItem> nav, Map<String, String> addresses,
        Map<String, String> folderTitles, Map<String, String> tagLabels, Path staticDir, List<String> notes,
        boolean pythonHtml, AutoAppend.Abbreviations abbreviations) {

    enum Kind {
        MKDOCS("mkdocs", "mkdocs.yml"),
        DOCUSAURUS("docusaurus", "docusaurus.config.js");

        final String command;
        final String projectFile;

        Kind(String command, String projectFile) {
            this.command = command;
            this.projectFile = projectFile;
        }
    }
}

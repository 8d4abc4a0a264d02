package dev.handbook.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.handbook.model.Page;
import dev.handbook.text.UrlPolicy;

/**
 * Resolves every link and image flexmark renders, at the moment it writes it: the destination as
 * written (a {@code .md} file) becomes the page's address in the site. Resolving here rather than by
 * changing the tree before rendering matters for safety: the renderer unescapes a destination when it
 * writes it, so a destination put back into the tree would be unescaped twice ({@code javascript\:}
 * would become {@code javascript:} after it was judged). The URL resolved is the URL judged by {@link
 * SafeLinks} and {@link FactFinder}; the policy is applied here once more, so that a node no guard
 * knows of cannot write a URL it forbids (it gets an empty one).
 */
final class PageLinkResolver implements LinkResolver {
    /** The page a document is rendered for, with the rewriter of its links; set on the document before rendering. */
    record PageLinks(Page page, LinkRewriter rewriter) {}

    static final NullableDataKey<PageLinks> PAGE_LINKS = new NullableDataKey<>("HANDBOOK_PAGE_LINKS");

    static void attach(Document document, Page page, LinkRewriter rewriter) {
        document.set(PAGE_LINKS, new PageLinks(page, rewriter));
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new PageLinkResolver();
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        boolean image = link.getLinkType() == LinkType.IMAGE;
        if (!image && link.getLinkType() != LinkType.LINK) return link;
        String url = link.getUrl();
        if (!UrlPolicy.allows(url, image ? UrlPolicy.Use.IMAGE : UrlPolicy.Use.LINK)) {
            return link.withUrl("").withStatus(LinkStatus.INVALID);
        }
        PageLinks links = PAGE_LINKS.get(context.getDocument());
        if (links == null) return link;
        return link.withUrl(links.rewriter().href(links.page(), url, image)).withStatus(LinkStatus.VALID);
    }
}

package dev.handbook.render;

import dev.handbook.model.Page;
import java.util.function.Supplier;

/**
 * What earlier builds rendered, for the renderer to take instead of rendering it again. The build
 * keys each result by everything it was made from, so a result found here is the one a fresh render
 * would make; the renderer only asks and keeps. {@link #NONE} finds nothing and keeps nothing.
 */
public interface RenderCache {
    /** The results the renderer makes of each page besides its body. */
    enum Part { PAGE, PRINT, SEARCH }

    /** The result kept for {@code part} of {@code page}, or null. */
    byte[] find(Part part, Page page);

    void keep(Part part, Page page, byte[] result);

    /** The files {@code make} made last time for the same structure of the handbook, or what it makes now. */
    default StructuralFiles structural(Supplier<StructuralFiles> make) {
        return make.get();
    }

    RenderCache NONE = new RenderCache() {
        @Override
        public byte[] find(Part part, Page page) {
            return null;
        }

        @Override
        public void keep(Part part, Page page, byte[] result) {}
    };
}

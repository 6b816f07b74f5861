package io.dossier.core.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ResponsiveImagesTest {

    @Test
    void makesOnlyCopiesNarrowerThanTheOriginal() {
        assertArrayEquals(new int[] {480, 768, 1024, 1536}, ResponsiveImages.widthsFor(4000));
        assertArrayEquals(new int[] {480, 768}, ResponsiveImages.widthsFor(800));
        assertArrayEquals(new int[] {}, ResponsiveImages.widthsFor(480), "no copy as wide as the original");
        assertNull(ResponsiveImages.encode(new int[] {}));
    }

    @Test
    void srcsetListsTheCopiesAndTheOriginalAtItsWidth() {
        assertEquals("2026/11/ab-photo-480w.jpg", ResponsiveImages.variantPath("2026/11/ab-photo.jpg", 480));
        assertEquals(
                "/media/2026/11/ab-photo-480w.jpg 480w, /media/2026/11/ab-photo-768w.jpg 768w, "
                        + "/media/2026/11/ab-photo.jpg 800w",
                ResponsiveImages.srcset("2026/11/ab-photo.jpg", 800, ResponsiveImages.encode(new int[] {480, 768})));
    }

    @Test
    void imagesWithoutCopiesHaveNoSrcset() {
        assertNull(ResponsiveImages.srcset("2026/11/ab-photo.jpg", 800, null), "uploaded before copies were made");
        assertNull(ResponsiveImages.srcset("2026/11/ab-photo.webp", null, null));
    }
}

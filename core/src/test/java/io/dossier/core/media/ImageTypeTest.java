package io.dossier.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    @Test
    void imagesAreRecognisedByTheirFirstBytes() {
        assertEquals(
                Optional.of(ImageType.PNG),
                ImageType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(
                Optional.of(ImageType.JPEG),
                ImageType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(ImageType.GIF), ImageType.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(
                Optional.of(ImageType.WEBP),
                ImageType.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anythingElseIsRefusedWhateverItsNameSays() {
        assertEquals(
                Optional.empty(), ImageType.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageType.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageType.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), ImageType.sniff(new byte[] {(byte) 0x89, 'P'}));
        assertEquals(Optional.empty(), ImageType.ofExtension("html"));
        assertEquals(Optional.of(ImageType.JPEG), ImageType.ofExtension("JPG"));
    }
}

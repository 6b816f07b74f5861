package io.dossier.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDocumentIsKnownByItsNameAndItsFirstBytesTogether() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.sniff("pdf", ascii("%PDF-1.7\n")));
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.sniff("PDF", ascii("%PDF-1.4")), "any case");
        assertEquals(Optional.of(DocumentType.DOCX), DocumentType.sniff("docx", ascii("PK\u0003\u0004rest")));
        assertEquals(
                Optional.of(DocumentType.DOC),
                DocumentType.sniff("doc", ascii("\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")));
        assertEquals(Optional.of(DocumentType.MP3), DocumentType.sniff("mp3", ascii("ID3\u0004")));
        assertEquals(
                Optional.of(DocumentType.MP4), DocumentType.sniff("mp4", ascii("\u0000\u0000\u0000\u0018ftypmp42")));
        assertEquals(
                Optional.of(DocumentType.WAV),
                DocumentType.sniff("wav", ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt ")));
        assertEquals(
                Optional.of(DocumentType.CSV),
                DocumentType.sniff("csv", "name,role\nRuth,Research\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aNameThatLiesOrAFileThatIsNoneOfThemIsRefused() {
        assertEquals(
                Optional.empty(),
                DocumentType.sniff("pdf", ascii("<html><script>alert(1)</script>")),
                "a page named .pdf");
        assertEquals(Optional.empty(), DocumentType.sniff("docx", ascii("%PDF-1.7")), "a PDF named .docx");
        assertEquals(Optional.empty(), DocumentType.sniff("txt", ascii("MZ\u0000\u0090")), "a binary named .txt");
        assertEquals(Optional.empty(), DocumentType.sniff("html", ascii("<p>hello</p>")), "no pages");
        assertEquals(Optional.empty(), DocumentType.sniff("svg", ascii("<svg onload=alert(1)>")), "no SVG");
        assertEquals(Optional.empty(), DocumentType.sniff("", ascii("%PDF-1.7")), "no name, no type");
    }
}

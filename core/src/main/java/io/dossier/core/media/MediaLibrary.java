package io.dossier.core.media;

import io.dossier.core.model.Media;
import io.dossier.core.model.UserAccount;
import io.dossier.core.security.Actor;
import io.dossier.core.security.Capability;
import io.dossier.core.support.FieldRules;
import io.dossier.core.support.InvalidInputException;
import io.dossier.core.support.NotFoundException;
import io.dossier.core.support.Slice;
import io.dossier.core.text.LikePatterns;
import io.dossier.core.text.Slugs;
import io.dossier.core.url.Permalinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;

/**
 * The media library: uploads are checked by their content (JPEG, PNG, GIF or WebP images, or the
 * documents, audio and video of {@link DocumentType}, at most {@link #MAX_BYTES}); images need alt
 * text and get a thumbnail; every file is stored under a unique name so it can be cached forever.
 * Files are written before the row; a failed transaction leaves at most an orphan file, never a row
 * without its file.
 */
@ApplicationScoped
@Transactional
public class MediaLibrary {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int THUMBNAIL_WIDTH = 320;

    private EntityManager em;
    private MediaFolder folder;

    protected MediaLibrary() {}

    @Inject
    public MediaLibrary(EntityManager em, MediaFolder folder) {
        this.em = em;
        this.folder = folder;
    }

    /**
     * What the library lists: the file's address, its thumbnail's (an image's), its descriptions and,
     * for a document, its kind as readers know it ("PDF", "MP3").
     */
    public record Item(
            long id,
            String fileName,
            String url,
            String thumbnailUrl,
            String mimeType,
            long sizeBytes,
            Integer width,
            Integer height,
            String altText,
            String caption,
            boolean image,
            String kind) {}

    public long upload(Actor actor, String fileName, InputStream content, String altText, String caption) {
        actor.require(Capability.UPLOAD_FILES, "upload files");
        String name = fileName == null || fileName.isBlank() ? "file" : fileName;
        byte[] bytes = readAtMost(content, MAX_BYTES);
        Optional<ImageType> image = ImageType.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, 16)));
        if (image.isEmpty()) {
            DocumentType document = DocumentType.sniff(extensionOf(name), bytes)
                    .orElseThrow(
                            () -> new InvalidInputException(
                                    "file",
                                    name
                                            + " is neither an image (JPEG, PNG, GIF, WebP) nor a document the library keeps (PDF, MP3, M4A,"
                                            + " OGG, WAV, MP4, WebM, Word, Excel, PowerPoint, OpenDocument, EPUB, ZIP, CSV, text)"));
            String path = uniqueStem(name) + "." + document.extension();
            write(path, bytes);
            return persist(actor, new Media(name, path, document.mimeType(), bytes.length), altText, caption);
        }
        if (altText == null || altText.isBlank()) {
            throw new InvalidInputException("alt", "Describe the image for people who cannot see it (alt text)");
        }
        ImageType type = image.get();
        BufferedImage decoded = decode(bytes, type);
        String stem = uniqueStem(name);
        String path = stem + "." + type.extension();
        write(path, bytes);
        Media media = new Media(name, path, type.mimeType(), bytes.length);
        if (decoded != null) {
            writeThumbnail(stem + "-thumb.png", decoded);
            media.setDimensions(decoded.getWidth(), decoded.getHeight());
            media.setVariantWidths(writeVariants(path, type, decoded));
        }
        return persist(actor, media, altText, caption);
    }

    /**
     * Enters a file that is already in the media folder (an import put it there, or the owner copied
     * the old site's uploads) in the library: its path must stay inside the folder, its type must be
     * one the library keeps and serves, and its descriptions obey the upload's limits.
     */
    public long register(MediaDraft draft) {
        String path = FieldRules.limited("storagePath", draft.storagePath(), FieldRules.ADDRESS);
        Path file = Optional.ofNullable(path)
                .flatMap(folder::resolve)
                .orElseThrow(
                        () -> new InvalidInputException("storagePath", "A library file lies inside the media folder"));
        String mime = draft.mimeType() == null ? "" : draft.mimeType().strip().toLowerCase(Locale.ROOT);
        if (!MediaTypes.kept(mime)) {
            throw new InvalidInputException(
                    "mimeType", mime + " is neither an image nor a document the library keeps and serves");
        }
        long size = Files.isRegularFile(file) ? sizeOf(file) : draft.sizeBytes();
        String name = FieldRules.limited("fileName", draft.fileName(), FieldRules.FILE_NAME);
        Media media = new Media(name == null ? "file" : name, path, mime, size);
        if (draft.width() != null && draft.height() != null && draft.width() > 0 && draft.height() > 0) {
            media.setDimensions(draft.width(), draft.height());
        }
        media.setTitle(FieldRules.limited("title", draft.title(), FieldRules.TITLE));
        media.setVariantWidths(FieldRules.limited("variantWidths", draft.variantWidths(), FieldRules.LABEL));
        media.setAltText(FieldRules.limited("alt", draft.altText(), FieldRules.ALT_TEXT));
        media.setCaption(FieldRules.limited("caption", draft.caption(), FieldRules.ALT_TEXT));
        media.setUploadedBy(draft.uploaderId() == null ? null : em.find(UserAccount.class, draft.uploaderId()));
        em.persist(media);
        em.flush();
        return media.getId();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0L;
        }
    }

    private long persist(Actor actor, Media media, String altText, String caption) {
        media.setAltText(altText == null || altText.isBlank() ? null : altText.strip());
        media.setCaption(caption == null || caption.isBlank() ? null : caption.strip());
        media.setUploadedBy(em.find(UserAccount.class, actor.accountId()));
        em.persist(media);
        em.flush();
        return media.getId();
    }

    /** {@code year/month/random-name}: unique, so a stored file never changes and is cached forever. */
    private static String uniqueStem(String fileName) {
        LocalDate today = LocalDate.now();
        String base = Slugs.slugify(stripExtension(fileName));
        return "%04d/%02d/%s-%s"
                .formatted(
                        today.getYear(),
                        today.getMonthValue(),
                        UUID.randomUUID().toString().substring(0, 8),
                        base.isEmpty() ? "file" : base);
    }

    private static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }

    /** Sets an item's alt text (which an image must have) and caption. */
    public void describe(Actor actor, long id, String altText, String caption) {
        actor.require(Capability.UPLOAD_FILES, "edit media");
        Media media = em.find(Media.class, id);
        if (media == null) {
            throw new NotFoundException("Media " + id + " does not exist");
        }
        if ((altText == null || altText.isBlank()) && MediaTypes.isImage(media.getMimeType())) {
            throw new InvalidInputException("alt", "Describe the image for people who cannot see it (alt text)");
        }
        media.setAltText(altText == null || altText.isBlank() ? null : altText.strip());
        media.setCaption(caption == null || caption.isBlank() ? null : caption.strip());
    }

    /**
     * Page {@code page} (from 1) of the library, newest first, with its total; {@code search} (blank:
     * everything) finds its words' text in the file name, title, alt text or caption, any case.
     */
    public Slice<Item> items(String search, int page, int size) {
        String words = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        String where = words.isEmpty()
                ? ""
                : " where lower(m.fileName) like :w escape '\\' or lower(m.title) like :w escape '\\'"
                        + " or lower(m.altText) like :w escape '\\' or lower(m.caption) like :w escape '\\'";
        var rows = em.createQuery(ITEM_COLUMNS + where + " order by m.createdAt desc, m.id desc", StoredMedia.class);
        var total = em.createQuery("select count(m) from Media m" + where, Long.class);
        if (!words.isEmpty()) {
            String like = LikePatterns.containing(words);
            rows.setParameter("w", like);
            total.setParameter("w", like);
        }
        List<Item> items = rows.setFirstResult((page - 1) * size).setMaxResults(size).getResultList().stream()
                .map(StoredMedia::item)
                .toList();
        return new Slice<>(items, page, size, total.getSingleResult());
    }

    /** The newest images first: what a featured image or a portrait is chosen from. */
    public List<Item> images(int first, int size) {
        return em
                .createQuery(
                        ITEM_COLUMNS + " where m.mimeType like 'image/%' order by m.createdAt desc, m.id desc",
                        StoredMedia.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(StoredMedia::item)
                .toList();
    }

    /** One library item, for showing a chosen image. */
    public Optional<Item> item(long id) {
        return em.createQuery(ITEM_COLUMNS + " where m.id = :id", StoredMedia.class)
                .setParameter("id", id)
                .getResultStream()
                .map(StoredMedia::item)
                .findFirst();
    }

    private static final String ITEM_COLUMNS = "select new io.dossier.core.media.StoredMedia(m.id, m.fileName,"
            + " m.storagePath, m.mimeType, m.sizeBytes, m.width, m.height, m.altText, m.caption) from Media m";

    static Item item(
            long id,
            String fileName,
            String path,
            String mime,
            long size,
            Integer w,
            Integer h,
            String alt,
            String caption) {
        String url = Permalinks.media(path);
        boolean image = MediaTypes.isImage(mime);
        boolean thumbed = image && w != null && !path.endsWith(".webp");
        String thumbnail = thumbed ? Permalinks.media(stripExtension(path) + "-thumb.png") : image ? url : null;
        return new Item(
                id,
                fileName,
                url,
                thumbnail,
                mime,
                size,
                w,
                h,
                alt,
                caption,
                image,
                extensionOf(path).toUpperCase(Locale.ROOT));
    }

    private static byte[] readAtMost(InputStream content, long max) {
        try (InputStream in = content) {
            byte[] bytes = in.readNBytes((int) max + 1);
            if (bytes.length > max) {
                throw new InvalidInputException("file", "The file is larger than " + max / (1024 * 1024) + " MB");
            }
            if (bytes.length == 0) {
                throw new InvalidInputException("file", "The file is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new InvalidInputException("file", "The upload could not be read; try again");
        }
    }

    /** The decoded image for dimensions and thumbnail; null for WebP, which the JDK cannot read. */
    private static BufferedImage decode(byte[] bytes, ImageType type) {
        if (type == ImageType.WEBP) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new InvalidInputException("file", "The image is damaged and cannot be read");
            }
            return image;
        } catch (IOException e) {
            throw new InvalidInputException("file", "The image is damaged and cannot be read");
        }
    }

    private void writeThumbnail(String path, BufferedImage image) {
        writeImage(
                path, "png", scaled(image, Math.min(THUMBNAIL_WIDTH, image.getWidth()), BufferedImage.TYPE_INT_ARGB));
    }

    /**
     * The narrower copies for srcset, in the original's format; none for GIF (an animation would
     * lose its frames). Returns the widths made, as stored on the media row.
     */
    private String writeVariants(String path, ImageType type, BufferedImage image) {
        if (type != ImageType.JPEG && type != ImageType.PNG) {
            return null;
        }
        int[] widths = ResponsiveImages.widthsFor(image.getWidth());
        // JPEG has no alpha channel: its writer refuses ARGB pixels.
        int pixels = type == ImageType.JPEG ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        for (int width : widths) {
            writeImage(ResponsiveImages.variantPath(path, width), type.extension(), scaled(image, width, pixels));
        }
        return ResponsiveImages.encode(widths);
    }

    private static BufferedImage scaled(BufferedImage image, int width, int pixelType) {
        int height = Math.max(1, image.getHeight() * width / image.getWidth());
        BufferedImage copy = new BufferedImage(width, height, pixelType);
        Graphics2D g = copy.createGraphics();
        g.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        g.dispose();
        return copy;
    }

    private void writeImage(String path, String format, BufferedImage image) {
        try {
            if (!ImageIO.write(image, format, target(path).toFile())) {
                throw new IOException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write resized image " + path, e);
        }
    }

    private void write(String path, byte[] bytes) {
        try {
            Files.write(target(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload " + path, e);
        }
    }

    private Path target(String path) throws IOException {
        Path file = folder.resolve(path).orElseThrow();
        Files.createDirectories(file.getParent());
        return file;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}

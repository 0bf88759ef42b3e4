package org.grassroots.core.internal.document;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.grassroots.core.api.document.DocumentUnavailableException;
import org.grassroots.core.internal.CoreMessages;

/**
 * Finds the Chinese TrueType font PDFs embed: the first of the configured files that holds a font with TrueType
 * outlines and a glyph for 中. PDFBox embeds only TrueType outlines (glyf), so the CFF flavour of Noto/Source Han
 * (.otf, and the .ttc of fonts-noto-cjk) is skipped with its reason; WenQuanYi, AR PL, Droid Sans Fallback,
 * SimSun and Microsoft YaHei qualify.
 */
final class CjkFonts {
    /** Where Debian/Ubuntu (fonts-wqy-microhei, fonts-wqy-zenhei, fonts-arphic-uming, fonts-droid-fallback), Windows and macOS keep one. */
    static final List<String> DEFAULTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private CjkFonts() {
    }

    /** A font loaded into a document; close it after the document is saved (the subset is made on save). */
    record Loaded(PDType0Font font, String file, Closeable source) implements Closeable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /**
     * The first usable font of {@code candidates}, loaded into {@code document} for subset embedding.
     *
     * @throws DocumentUnavailableException naming every file tried and why it was not used
     */
    static Loaded load(PDDocument document, List<String> candidates) {
        List<String> reasons = new ArrayList<>();
        for (String path : candidates) {
            File file = new File(path.trim());
            if (!file.isFile()) {
                reasons.add(path + ": not found");
                continue;
            }
            try {
                Loaded loaded = path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? fromCollection(document, file, reasons)
                        : fromFile(document, file, reasons);
                if (loaded != null) {
                    return loaded;
                }
            } catch (IOException | RuntimeException e) {
                reasons.add(path + ": " + e.getMessage());
            }
        }
        throw new DocumentUnavailableException(CoreMessages.message("document.noFont", String.join("; ", reasons)));
    }

    private static Loaded fromCollection(PDDocument document, File file, List<String> reasons) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(file);
        TrueTypeFont[] chosen = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (chosen[0] == null && usable(font)) {
                chosen[0] = font;
            }
        });
        if (chosen[0] == null) {
            collection.close();
            reasons.add(file + ": no font with TrueType outlines and Chinese glyphs");
            return null;
        }
        return new Loaded(PDType0Font.load(document, chosen[0], true), file.getPath(), collection);
    }

    private static Loaded fromFile(PDDocument document, File file, List<String> reasons) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        if (!usable(font)) {
            font.close();
            reasons.add(file + ": no TrueType outlines or no Chinese glyphs");
            return null;
        }
        return new Loaded(PDType0Font.load(document, font, true), file.getPath(), font);
    }

    private static boolean usable(TrueTypeFont font) throws IOException {
        return font.getTableMap().containsKey("glyf") && font.getUnicodeCmapLookup(false) != null
                && font.getUnicodeCmapLookup(false).getGlyphId('中') > 0;
    }
}

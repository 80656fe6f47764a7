package org.alliancegraph.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A source's text, normalised the way quotes are compared: runs of whitespace collapsed, curly
 * and straight quotes and apostrophes equal, the markup {@code \$} read as {@code $}, {@code *}
 * (italics) dropped, superscript note markers dropped. Dashes are kept as they are.
 */
public final class SourceText {

    private final String normalised;

    private SourceText(String text) {
        this.normalised = normalise(text);
    }

    /**
     * Reads a source text.
     *
     * @throws IllegalArgumentException when the file does not exist
     */
    public static SourceText read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("The source text " + file + " does not exist");
        }
        try {
            return new SourceText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the source text " + file, e);
        }
    }

    public static SourceText of(String text) {
        return new SourceText(text);
    }

    /** Whether the quote, normalised, occurs in the text. */
    public boolean contains(String quote) {
        return normalised.contains(normalise(quote));
    }

    /** How many words a quote has: runs of non-whitespace after normalisation. */
    public static int words(String quote) {
        String text = normalise(quote);
        return text.isEmpty() ? 0 : text.split(" ").length;
    }

    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                continue;
            }
            if (c == '*' || isSuperscriptDigit(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(switch (c) {
                case '\u201c', '\u201d', '\u201e' -> '"';
                case '\u2018', '\u2019' -> '\'';
                default -> c;
            });
        }
        return out.toString();
    }

    private static boolean isSuperscriptDigit(char c) {
        return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || (c >= '\u2070' && c <= '\u2079');
    }
}

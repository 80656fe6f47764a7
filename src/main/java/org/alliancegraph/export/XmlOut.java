package org.alliancegraph.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX's {@link XMLStreamWriter} with line breaks and indentation. The JDK's writer streams and
 * escapes but does not indent, and the GEXF and GraphML files are read by people too; this adds
 * the whitespace and nothing else (an element either holds text or other elements, never both).
 */
final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    private int depth;
    /** Whether the innermost open element has children, so that its end tag goes on a line of its own. */
    private boolean hasChildren;

    XmlOut(OutputStream out) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Opens an element in the default namespace, which {@link #namespace} declares on the root. */
    XmlOut start(String name) {
        try {
            newLine();
            xml.writeStartElement(name);
            depth++;
            hasChildren = false;
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** An element without content. */
    XmlOut empty(String name) {
        try {
            newLine();
            xml.writeEmptyElement(name);
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** An element that holds text. */
    XmlOut text(String name, String text) {
        return start(name).characters(text).endInline();
    }

    /** Text in the element just opened, which {@link #endInline} then closes on the same line. */
    XmlOut characters(String text) {
        try {
            xml.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes the innermost element, which holds text, without a line break before its end tag. */
    XmlOut endInline() {
        hasChildren = false;
        return end(false);
    }

    /** An attribute of the element just opened; a null value writes none. */
    XmlOut attribute(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, String.valueOf(value));
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Declares the default namespace, and another, on the element just opened. */
    XmlOut namespace(String uri) {
        try {
            xml.writeDefaultNamespace(uri);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    XmlOut namespace(String prefix, String uri) {
        try {
            xml.writeNamespace(prefix, uri);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    XmlOut attribute(String prefix, String uri, String name, String value) {
        try {
            xml.writeAttribute(prefix, uri, name, value);
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /** Closes the innermost element. */
    XmlOut end() {
        return end(true);
    }

    private XmlOut end(boolean breakLine) {
        try {
            depth--;
            if (breakLine && hasChildren) {
                xml.writeCharacters("\n" + "  ".repeat(depth));
            }
            xml.writeEndElement();
            hasChildren = true;
            return this;
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        hasChildren = true;
    }

    /** Ends the document and flushes it; the stream stays open. */
    @Override
    public void close() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(XMLStreamException e) {
        return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
    }
}

package org.alliancegraph.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws an exported GEXF file as its timeline shows it in chosen years: for each year, the nodes
 * and edges whose spells hold 1 July of that year, each edge coloured by the status its dynamic
 * attribute has then and drawn as wide as its net. It reads nothing but the file, so the picture
 * shows what a GEXF reader gets. Run it with the file, the PNG to write and the years:
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.alliancegraph.export.GexfPicture -Dexec.args="graph.gexf docs/gexf-timeline.png 1951 1956 1963 1967"}.
 */
public final class GexfPicture {

    static final Map<String, Color> COLOURS = new LinkedHashMap<>();

    static {
        COLOURS.put("allied", new Color(0x1b7837));
        COLOURS.put("close", new Color(0x5aae61));
        COLOURS.put("normal", new Color(0xa6dba0));
        COLOURS.put("cool", new Color(0x999999));
        COLOURS.put("strained", new Color(0xf4a582));
        COLOURS.put("frozen", new Color(0x4393c3));
        COLOURS.put("crisis", new Color(0xd6604d));
        COLOURS.put("hostile", new Color(0x67001f));
        COLOURS.put("unknown", new Color(0xcccccc));
    }

    private static final int PANEL_WIDTH = 720;
    private static final int PANEL_HEIGHT = 600;

    /** A node of the file: its label and spells. */
    record Node(String id, String label, List<LocalDate[]> spells) {
    }

    /** An edge of the file: its ends, spells and the intervals of its dynamic attributes. */
    record Edge(String source, String target, List<LocalDate[]> spells, Map<String, List<Object[]>> values) {

        /** The value of a dynamic attribute on a day, or null. */
        String value(String attribute, LocalDate day) {
            for (Object[] interval : values.getOrDefault(attribute, List.of())) {
                if (!day.isBefore((LocalDate) interval[0]) && !day.isAfter((LocalDate) interval[1])) {
                    return (String) interval[2];
                }
            }
            return null;
        }
    }

    private GexfPicture() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> years = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            years.add(Integer.parseInt(args[i]));
        }
        int drawn = draw(Path.of(args[0]), Path.of(args[1]), years);
        System.out.println("Drew " + drawn + " edges in " + years.size() + " years to " + args[1]);
    }

    /**
     * Draws the years of the file to a PNG.
     *
     * @return how many edges were drawn, over all years
     */
    static int draw(Path gexf, Path png, List<Integer> years) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(gexf.toFile()).getDocumentElement();
        List<Node> nodes = new ArrayList<>();
        for (Element node : children(root, "node")) {
            nodes.add(new Node(node.getAttribute("id"), node.getAttribute("label"), spells(node)));
        }
        List<Edge> edges = new ArrayList<>();
        for (Element edge : children(root, "edge")) {
            Map<String, List<Object[]>> values = new LinkedHashMap<>();
            for (Element value : children(edge, "attvalue")) {
                if (value.hasAttribute("start")) {
                    values.computeIfAbsent(value.getAttribute("for"), k -> new ArrayList<>()).add(new Object[] {
                        LocalDate.parse(value.getAttribute("start")), LocalDate.parse(value.getAttribute("end")),
                        value.getAttribute("value")});
                }
            }
            edges.add(new Edge(edge.getAttribute("source"), edge.getAttribute("target"), spells(edge), values));
        }
        Map<String, Point2D> at = layout(nodes);
        int columns = Math.min(2, years.size());
        int rows = (years.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * PANEL_WIDTH, rows * PANEL_HEIGHT + 110, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString("The GEXF export on its timeline: the actors and dyads active on 1 July of each year", 24, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString("Edge colour: the article's judgment of the relationship (dynamic attribute status); "
                + "width: |net| of the index; dashed: no score", 24, 64);
        int drawn = 0;
        for (int i = 0; i < years.size(); i++) {
            int x0 = (i % columns) * PANEL_WIDTH;
            int y0 = 80 + (i / columns) * PANEL_HEIGHT;
            drawn += panel(g, x0, y0, years.get(i), nodes, edges, at);
        }
        legend(g, 24, image.getHeight() - 20);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        return drawn;
    }

    private static int panel(Graphics2D g, int x0, int y0, int year, List<Node> nodes, List<Edge> edges,
            Map<String, Point2D> at) {
        LocalDate day = LocalDate.of(year, 7, 1);
        g.setColor(new Color(0xeeeeee));
        g.drawRect(x0 + 8, y0 + 8, PANEL_WIDTH - 16, PANEL_HEIGHT - 16);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        g.drawString(String.valueOf(year), x0 + 24, y0 + 44);
        int drawn = 0;
        for (Edge edge : edges) {
            if (!active(edge.spells(), day)) {
                continue;
            }
            String status = edge.value("status", day);
            String net = edge.value("net", day);
            float width = net == null ? 1.5f : 1.5f + (float) Math.min(10.0, Math.abs(Double.parseDouble(net))) * 0.8f;
            g.setColor(COLOURS.getOrDefault(status == null ? "unknown" : status, Color.LIGHT_GRAY));
            g.setStroke(net == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 6f}, 0f) : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Point2D a = shifted(at.get(edge.source()), x0, y0);
            Point2D b = shifted(at.get(edge.target()), x0, y0);
            g.draw(new Line2D.Double(a, b));
            drawn++;
        }
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        for (Node node : nodes) {
            if (!active(node.spells(), day)) {
                continue;
            }
            Point2D p = shifted(at.get(node.id()), x0, y0);
            g.setColor(new Color(0x333333));
            g.fill(new Ellipse2D.Double(p.getX() - 6, p.getY() - 6, 12, 12));
            g.setColor(Color.BLACK);
            // Labels stand outside the ring: right of the nodes on its left half, left of those on its right.
            float width = g.getFontMetrics().stringWidth(node.label());
            float x = p.getX() > x0 + PANEL_WIDTH / 2.0 + 200 ? (float) p.getX() - 9 - width : (float) p.getX() + 9;
            g.drawString(node.label(), x, (float) p.getY() - 7);
        }
        return drawn;
    }

    /** The DPRK at the centre, the USSR and the PRC beside it, everyone else on a ring, by id. */
    static Map<String, Point2D> layout(List<Node> nodes) {
        Map<String, Point2D> at = new LinkedHashMap<>();
        double cx = PANEL_WIDTH / 2.0;
        double cy = PANEL_HEIGHT / 2.0 + 20;
        at.put("dprk", new Point2D.Double(cx, cy + 40));
        at.put("ussr", new Point2D.Double(cx - 150, cy - 60));
        at.put("prc", new Point2D.Double(cx + 150, cy - 60));
        List<Node> ring = nodes.stream().filter(n -> !at.containsKey(n.id())).toList();
        for (int i = 0; i < ring.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / ring.size();
            at.put(ring.get(i).id(), new Point2D.Double(cx + 300 * Math.cos(angle), cy + 235 * Math.sin(angle)));
        }
        return at;
    }

    private static void legend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        for (Map.Entry<String, Color> status : COLOURS.entrySet()) {
            g.setColor(status.getValue());
            g.setStroke(new BasicStroke(6f));
            g.drawLine(x, y - 5, x + 28, y - 5);
            g.setColor(Color.BLACK);
            g.drawString(status.getKey(), x + 34, y);
            x += 34 + g.getFontMetrics().stringWidth(status.getKey()) + 26;
        }
    }

    private static Point2D shifted(Point2D p, int x0, int y0) {
        return new Point2D.Double(p.getX() + x0, p.getY() + y0);
    }

    private static boolean active(List<LocalDate[]> spells, LocalDate day) {
        return spells.stream().anyMatch(s -> !day.isBefore(s[0]) && !day.isAfter(s[1]));
    }

    private static List<LocalDate[]> spells(Element element) {
        List<LocalDate[]> spells = new ArrayList<>();
        for (Element spell : children(element, "spell")) {
            spells.add(new LocalDate[] {LocalDate.parse(spell.getAttribute("start")), LocalDate.parse(spell.getAttribute("end"))});
        }
        return spells;
    }

    private static List<Element> children(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }
}

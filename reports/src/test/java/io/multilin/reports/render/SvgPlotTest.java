package io.multilin.reports.render;

import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Series;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG of a plot is well-formed XML (parsed with the JDK's parser) holding every drawable point. */
class SvgPlotTest {

    @Test
    void isWellFormedAndHoldsTheDrawablePoints() throws Exception {
        Plot plot = SampleReports.residualPlot();
        Document svg = parse(SvgPlot.render(plot));
        assertEquals("svg", svg.getDocumentElement().getTagName());
        List<String> drawn = new ArrayList<>();
        // every marker shape (circle, polygon path) of a drawn point carries the class "point"
        NodeList elements = svg.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element c = (Element) elements.item(i);
            if ("point".equals(c.getAttribute("class"))) {
                drawn.add(c.getAttribute("data-x") + "," + c.getAttribute("data-y"));
            }
        }
        List<String> expected = new ArrayList<>();
        for (Series s : plot.series()) {
            for (Point p : s.points()) {
                if (PlotGeometry.drawable(p.x(), p.y(), true)) {
                    expected.add(Numbers.exact(p.x()) + "," + Numbers.exact(p.y()));
                }
            }
        }
        assertTrue(expected.size() >= 4, "the sample has points to draw");
        assertEquals(expected, drawn);
        // one solid fit line and one dashed prediction per series with both, inside the frame
        assertTrue(svg.getElementsByTagName("line").getLength() > expected.size());
    }

    @Test
    void hostileTextIsEscapedForXml() throws Exception {
        String hostile = "</text><script>alert(1)</script> & \"quotes\" 'x' \u0001";
        Plot plot = new Plot(RichText.of(hostile), RichText.of("width ", io.multilin.reports.model.MathNode.var("m")),
                RichText.of("y"), true, List.of(new Series(hostile, List.of(Point.of(64, 1), Point.of(128, 0.5)), null, null)));
        String text = SvgPlot.render(plot);
        Document svg = parse(text);
        assertEquals(0, svg.getElementsByTagName("script").getLength(), text);
        assertTrue(svg.getDocumentElement().getTextContent().contains("</text><script>alert(1)</script> & \"quotes\" 'x' [U+0001]"));
    }

    @Test
    void aPlotWithNothingDrawableIsStillAnImage() throws Exception {
        Plot plot = new Plot("t", "x", "y", true, List.of(new Series("s", List.of(Point.of(1, Double.NaN)), null, null)));
        Document svg = parse(SvgPlot.render(plot));
        assertTrue(svg.getDocumentElement().getTextContent().contains("No drawable points."));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

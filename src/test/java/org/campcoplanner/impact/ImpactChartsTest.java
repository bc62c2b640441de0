package org.campcoplanner.impact;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts are well-formed SVG that scale (a view box, no fixed size) and carry their words. */
class ImpactChartsTest {

    @Test
    void aStackedChartIsScalableSvgWithItsSeriesAndWeeks() throws Exception {
        String svg = ImpactCharts.stacked(ImpactCharts.Size.WIDE, List.of("Mon 6 Jul", "Mon 13 Jul"),
                "Residents", List.of(22.0, 3.0), "Staff", List.of(3.0, 3.0), "Hours");

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 720.0 320.0");
        assertThat(document.getDocumentElement().getAttribute("width")).isEmpty();
        assertThat(document.getDocumentElement().getTextContent())
                .contains("Residents", "Staff", "Mon 6 Jul", "Mon 13 Jul");
    }

    @Test
    void aPhonesChartIsDrawnNarrowerSoItsTextStaysReadable() throws Exception {
        String svg = ImpactCharts.bars(ImpactCharts.Size.NARROW, List.of("It went badly", "It went very well"),
                "Reflections", List.of(0, 4), "Reflections");

        assertThat(parse(svg).getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 400.0 320.0");
        assertThat(svg).doesNotContain("<script");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}

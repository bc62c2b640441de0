package org.campcoplanner.impact;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;

/**
 * The impact page's pictures, drawn on the server as SVG with JFreeChart: no browser script, and
 * the page scales them to any width. Colours are from the Okabe-Ito set, told apart by people with
 * colour blindness; every chart has its numbers in a table beside it as well.
 */
public final class ImpactCharts {

    /** Two series told apart: residents and staff, filled and empty seats. */
    private static final Color FIRST = new Color(0x00, 0x72, 0xB2);
    private static final Color SECOND = new Color(0xE6, 0x9F, 0x00);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** A laptop's chart and a phone's, drawn apart so that a phone's text stays readable. */
    public enum Size {
        WIDE(720, 320), NARROW(400, 320);

        private final int width;
        private final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private ImpactCharts() {
    }

    /** One bar per category, each made of the two series stacked. */
    public static String stacked(Size size, List<String> categories, String first, List<? extends Number> firstValues,
                                 String second, List<? extends Number> secondValues, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(firstValues.get(i), first, categories.get(i));
            data.addValue(secondValues.get(i), second, categories.get(i));
        }
        return svg(size, ChartFactory.createStackedBarChart(null, null, valueAxis, data, PlotOrientation.VERTICAL,
                true, false, false));
    }

    /** One bar per category, in one colour. */
    public static String bars(Size size, List<String> categories, String series, List<? extends Number> values,
                              String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(values.get(i), series, categories.get(i));
        }
        return svg(size, ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.VERTICAL,
                false, false, false));
    }

    private static String svg(Size size, JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setSeriesPaint(0, FIRST);
        renderer.setSeriesPaint(1, SECOND);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setTickLabelFont(TEXT);
        categories.setMaximumCategoryLabelLines(3);
        if (plot.getDataset().getColumnCount() > (size == Size.WIDE ? 8 : 4)) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setTickLabelFont(TEXT);
        values.setLabelFont(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TEXT);
            legend.setFrame(BlockBorder.NONE);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(size.width, size.height);
        chart.draw(g2, new Rectangle(0, 0, size.width, size.height));
        return g2.getSVGElement(null, false, new ViewBox(0, 0, size.width, size.height), null, null);
    }
}

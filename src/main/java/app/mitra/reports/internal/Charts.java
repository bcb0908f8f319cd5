package app.mitra.reports.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import app.mitra.reports.internal.Report.DayRow;
import app.mitra.reports.internal.Report.PegRow;

/**
 * The report's two charts, drawn with Java2D into PNG data URIs that both the PDF and the shared page
 * embed (the page's CSP allows {@code data:} images). They carry numbers only; the words around them
 * (titles, legend) are in the templates, so they are translated with the rest.
 */
@Component
public class Charts {

    static final Color INK = new Color(0x2b, 0x2b, 0x2b);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    static final Color PAIN = new Color(0x2f, 0x5d, 0x62);
    static final Color RANGE = new Color(0x2f, 0x5d, 0x62, 0x55);
    static final Color PEG = new Color(0xb8, 0x5c, 0x1e);
    static final Color DOSE = new Color(0x5e, 0x7d, 0x4f);
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 260;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

    /** Daily mean pain (line), each day's lowest to highest rating (bar) and PEG scores (squares), 0-10. */
    public String pain(List<DayRow> days, List<PegRow> pegs) {
        return png(days, 10, 5, "%.0f", (g, x, y) -> {
            g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(RANGE);
            for (int i = 0; i < days.size(); i++) {
                DayRow day = days.get(i);
                if (day.painMin() != null && !day.painMin().equals(day.painMax())) {
                    g.drawLine(x.applyAsInt(i), y.at(day.painMin()), x.applyAsInt(i),
                            y.at(day.painMax()));
                }
            }
            g.setColor(PAIN);
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D line = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < days.size(); i++) {
                Double mean = days.get(i).painMean();
                if (mean == null) {
                    continue;
                }
                if (drawing) {
                    line.lineTo(x.applyAsInt(i), y.at(mean));
                } else {
                    line.moveTo(x.applyAsInt(i), y.at(mean));
                    drawing = true;
                }
                g.fillOval(x.applyAsInt(i) - 3, y.at(mean) - 3, 7, 7);
            }
            g.draw(line);
            g.setColor(PEG);
            LocalDate first = days.isEmpty() ? null : days.get(0).date();
            for (PegRow peg : pegs) {
                int i = (int) java.time.temporal.ChronoUnit.DAYS.between(first, peg.date());
                g.fillRect(x.applyAsInt(i) - 6, y.at(peg.peg()) - 6, 12, 12);
            }
        });
    }

    /** Each day's total material in grams, as bars. */
    public String doses(List<DayRow> days) {
        double most = days.stream().mapToLong(DayRow::materialMg).max().orElse(0) / 1000.0;
        // a top of 1 g, or a multiple of 4 g, so the four intervals fall on round numbers
        double top = most <= 1 ? 1 : Math.ceil(most / 4) * 4;
        return png(days, top, 4, top == 1 ? "%.2f" : "%.0f", (g, x, y) -> {
            g.setColor(DOSE);
            int width = Math.max(3, (int) ((WIDTH - LEFT - RIGHT) / Math.max(1, days.size()) * 0.7));
            for (int i = 0; i < days.size(); i++) {
                long mg = days.get(i).materialMg();
                if (mg > 0) {
                    int barTop = y.at(mg / 1000.0);
                    g.fillRect(x.applyAsInt(i) - width / 2, barTop, width, y.at(0) - barTop);
                }
            }
        });
    }

    private interface Plot {
        void draw(Graphics2D g, java.util.function.IntUnaryOperator x, Scale y);
    }

    private interface Scale {
        int at(double value);
    }

    private static String png(List<DayRow> days, double top, int intervals, String tickFormat, Plot plot) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int plotWidth = WIDTH - LEFT - RIGHT;
            int plotHeight = HEIGHT - TOP - BOTTOM;
            int n = Math.max(1, days.size());
            java.util.function.IntUnaryOperator x = i -> LEFT + (int) ((i + 0.5) * plotWidth / n);
            Scale y = value -> TOP + (int) Math.round(plotHeight * (1 - value / top));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            IntToDoubleFunction tick = k -> top * k / intervals;
            for (int k = 0; k <= intervals; k++) {
                int ty = y.at(tick.applyAsDouble(k));
                g.setColor(GRID);
                g.drawLine(LEFT, ty, WIDTH - RIGHT, ty);
                g.setColor(INK);
                String label = String.format(java.util.Locale.ROOT, tickFormat, tick.applyAsDouble(k));
                g.drawString(label, LEFT - 12 - g.getFontMetrics().stringWidth(label), ty + 6);
            }
            int every = Math.max(1, (int) Math.ceil(n / 8.0));
            for (int i = 0; i < days.size(); i += every) {
                String label = DAY.format(days.get(i).date());
                g.setColor(INK);
                g.drawString(label, x.applyAsInt(i) - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - 10);
            }
            plot.draw(g, x, y);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }
}

package id.hotline.web.console;

import id.hotline.console.ConsoleSession;
import id.hotline.console.DeskException;
import id.hotline.reports.ReportCsv;
import id.hotline.reports.Reports;
import id.hotline.web.ApiError;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** Admin-only reports: GET /api/console/reports (JSON) and /api/console/reports/NAME.csv. Counselors get 403. */
final class ConsoleReportRoutes {
    private final Reports reports;

    ConsoleReportRoutes(Reports reports) {
        this.reports = reports;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/api/console/reports", ctx -> {
            adminOnly(ctx);
            ctx.json(reports.build(days(ctx)));
        });
        cfg.routes.get("/api/console/reports/{file}", this::csv);
    }

    private void csv(Context ctx) {
        adminOnly(ctx);
        String file = ctx.pathParam("file");
        String name = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : "";
        String body = ReportCsv.render(reports.build(days(ctx)), name).orElseThrow(() -> new ApiError(404,
                "unknown report '" + file + "'; known: " + String.join(", ", ReportCsv.NAMES.stream().map(n -> n + ".csv").toList())));
        ctx.header("Content-Disposition", "attachment; filename=\"laporan-" + name + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(body);
    }

    private static void adminOnly(Context ctx) {
        ConsoleSession s = ConsoleAuth.session(ctx);
        if (!s.admin()) {
            throw DeskException.forbidden("laporan hanya untuk admin");
        }
    }

    private static int days(Context ctx) {
        String v = ctx.queryParam("days");
        if (v == null || v.isBlank()) {
            return Reports.DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(v.strip());
            if (days >= 1 && days <= Reports.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new ApiError(400, "'days' must be a whole number from 1 to " + Reports.MAX_DAYS);
    }
}

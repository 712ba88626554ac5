package id.hotline.web.console;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.console.AdminDesk;
import id.hotline.console.Agency;
import id.hotline.console.CaseDesk;
import id.hotline.console.DeskException;
import id.hotline.console.Outcome;
import id.hotline.domain.CaseStatus;
import id.hotline.domain.HelpCase;
import id.hotline.web.ApiError;
import id.hotline.web.Json;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The queue and everything a counselor does with one case. */
final class ConsoleCaseRoutes {
    private static final int MAX_LISTED = 300;
    private final CaseDesk desk;
    private final AdminDesk admin;
    private final Clock clock;

    ConsoleCaseRoutes(CaseDesk desk, AdminDesk admin, Clock clock) {
        this.desk = desk;
        this.admin = admin;
        this.clock = clock;
    }

    void register(JavalinConfig cfg) {
        cfg.routes.get("/api/console/cases", this::queue);
        cfg.routes.get("/api/console/cases/{id}", ctx -> ctx.json(Views.file(desk.open(ConsoleAuth.session(ctx), id(ctx)), clock.instant())));
        cfg.routes.post("/api/console/cases/{id}/claim", ctx -> caseJson(ctx, desk.claim(ConsoleAuth.session(ctx), id(ctx))));
        cfg.routes.post("/api/console/cases/{id}/release", ctx -> caseJson(ctx, desk.release(ConsoleAuth.session(ctx), id(ctx))));
        cfg.routes.post("/api/console/cases/{id}/messages", ctx -> ctx.status(201).json(Views.message(
                desk.write(ConsoleAuth.session(ctx), id(ctx), Json.text(Json.object(ctx), "text")))));
        cfg.routes.post("/api/console/cases/{id}/notes", ctx -> ctx.status(201).json(Views.note(
                desk.note(ConsoleAuth.session(ctx), id(ctx), Json.text(Json.object(ctx), "text")))));
        cfg.routes.post("/api/console/cases/{id}/consent", this::consent);
        cfg.routes.post("/api/console/cases/{id}/referrals", this::refer);
        cfg.routes.post("/api/console/cases/{id}/close", this::close);
        cfg.routes.get("/api/console/canned", ctx -> ctx.json(Map.of("replies", admin.cannedReplies().stream().map(Views::canned).toList())));
    }

    private void queue(Context ctx) {
        String param = ctx.queryParam("status");
        List<CaseStatus> statuses = new ArrayList<>();
        if (param == null || param.isBlank()) {
            statuses.addAll(List.of(CaseStatus.OPEN, CaseStatus.CLAIMED));
        } else if (!param.equals("all")) {
            for (String s : param.split(",")) {
                try {
                    statuses.add(CaseStatus.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new ApiError(400, "'status' harus open, claimed, closed atau all");
                }
            }
        }
        var now = clock.instant();
        List<HelpCase> listed = desk.queue(statuses).stream().limit(MAX_LISTED).toList();
        Map<Long, java.time.Instant> wrote = desk.lastFromPerson(listed);
        ctx.json(Map.of("cases", listed.stream().map(c -> {
            Map<String, Object> m = Views.summary(c, now);
            m.put("lastFromPerson", Views.str(wrote.get(c.conversationId())));
            return m;
        }).toList()));
    }

    private void consent(Context ctx) {
        JsonNode body = Json.object(ctx);
        JsonNode given = body.get("given");
        if (given == null || !given.isBoolean()) {
            throw new ApiError(400, "'given' harus true (setuju) atau false (menolak)");
        }
        ctx.status(201).json(Views.consent(desk.consent(ConsoleAuth.session(ctx), id(ctx), given.asBoolean(), optional(body, "note"))));
    }

    private void refer(Context ctx) {
        JsonNode body = Json.object(ctx);
        Agency service;
        try {
            service = Agency.parse(Json.text(body, "service"));
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("layanan rujukan tidak dikenal");
        }
        ctx.status(201).json(Views.referral(desk.refer(ConsoleAuth.session(ctx), id(ctx), service, optional(body, "note"))));
    }

    private void close(Context ctx) {
        Outcome outcome;
        try {
            outcome = Outcome.parse(Json.text(Json.object(ctx), "outcome"));
        } catch (IllegalArgumentException e) {
            throw DeskException.invalid("hasil penutupan tidak dikenal");
        }
        caseJson(ctx, desk.close(ConsoleAuth.session(ctx), id(ctx), outcome));
    }

    private void caseJson(Context ctx, id.hotline.domain.HelpCase c) {
        ctx.json(Views.summary(c, clock.instant()));
    }

    static String optional(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : Json.text(body, field);
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiError(400, "id harus berupa angka");
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ApiTokens.Commands.CreateApiToken;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;
using static PapiTracker.Api.IntegrationTests.Authorization.Actor;

namespace PapiTracker.Api.IntegrationTests.Authorization;

/// <summary>Who calls in the matrix: every role at district A (the officer at commune A1), an integration token at A, and nobody.</summary>
public enum Actor
{
    Nobody,
    Admin,
    Coordinator,
    Head,
    Officer,
    Viewer,
    Token,
}

/// <summary>
/// Every endpoint × every kind of caller, in scope and out of it. The status codes are the contract;
/// lists must not leak a unit of district B to anyone scoped to district A. An endpoint that is not
/// in <see cref="Matrix"/> fails <see cref="EveryEndpointShouldBeInTheMatrix"/>: add it here when you add it.
/// </summary>
public sealed class AuthorizationMatrixTests : ApiTest
{
    private sealed record World(
        OrgUnit Province, OrgUnit A, OrgUnit A1, OrgUnit A2, OrgUnit B, OrgUnit B1, OrgUnit B2, Guid OfficerId, int TokenId, int PlanId, int ActionId, int OtherPlanId,
        long ProgressId, long EvidenceId, int PeriodId, int ObligationA1Id, int ObligationB1Id, int SubmissionId, DateOnly PeriodDue, long AttachmentB1Id);

    private sealed record Case(Actor Actor, HttpStatusCode Expected, Func<World, HttpRequestMessage> Request);

    private static readonly Actor[] Everyone = [Admin, Coordinator, Head, Officer, Viewer, Token];
    private static readonly Actor[] People = [Admin, Coordinator, Head, Officer, Viewer];

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Send(HttpMethod method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (method == HttpMethod.Put)
            request.Headers.IfMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
        return request;
    }

    private static IEnumerable<Case> Each(IEnumerable<Actor> actors, HttpStatusCode expected, Func<World, HttpRequestMessage> request) =>
        actors.Select(a => new Case(a, expected, request));

    /// <summary>Authenticated readers all get <paramref name="expected"/>; nobody gets 401.</summary>
    private static IEnumerable<Case> Readable(HttpStatusCode expected, Func<World, HttpRequestMessage> request, IEnumerable<Actor>? readers = null) =>
        Each([Nobody], HttpStatusCode.Unauthorized, request)
            .Concat(Each(readers ?? Everyone, expected, request))
            .Concat(Each(Everyone.Except(readers ?? Everyone), HttpStatusCode.Forbidden, request));

    /// <summary>Only the actors given may; other signed-in callers get 403, nobody 401.</summary>
    private static IEnumerable<Case> OnlyFor(Actor[] allowed, HttpStatusCode expected, Func<World, HttpRequestMessage> request) =>
        Each([Nobody], HttpStatusCode.Unauthorized, request)
            .Concat(Each(Everyone.Except(allowed), HttpStatusCode.Forbidden, request))
            .Concat(Each(allowed, expected, request));

    /// <summary>An empty CSV: whoever gets past authorization gets its 400.</summary>
    private static HttpRequestMessage Upload(string url) =>
        new(HttpMethod.Post, url) { Content = new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.csv" } } };

    private static readonly object Profile = new { symbol = "BC-UBND", signerTitle = "CHỦ TỊCH", signerName = "Lê Văn Cường", recipients = new[] { "UBND huyện" } };

    private static HttpRequestMessage Merge(OrgUnit unit, OrgUnit successor) =>
        Send(HttpMethod.Post, "/api/v1/org-units/merge", new { unitIds = new[] { unit.Id }, successorId = successor.Id, effectiveOn = "2025-07-01" });

    private static readonly Dictionary<string, Func<IEnumerable<Case>>> Matrix = new()
    {
        ["POST /api/v1/auth/login"] = () => Each([Nobody], HttpStatusCode.Unauthorized, _ => Send(HttpMethod.Post, "/api/v1/auth/login", new { userName = "nobody", password = "Wrong-pass-123" })),
        ["POST /api/v1/auth/refresh"] = () => Each([Nobody], HttpStatusCode.Unauthorized, _ => Send(HttpMethod.Post, "/api/v1/auth/refresh", new { refreshToken = "unknown" })),
        ["POST /api/v1/auth/logout"] = () => Each([Nobody], HttpStatusCode.NoContent, _ => Send(HttpMethod.Post, "/api/v1/auth/logout", new { refreshToken = "unknown" })),
        ["GET /api/v1/me"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/me")),

        ["GET /api/v1/frameworks"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/frameworks")),
        // A definition with nothing in it: refused for its fields to the admin, refused outright to everyone else.
        ["POST /api/v1/frameworks"] = () => OnlyFor([Admin], HttpStatusCode.BadRequest,
            _ => Send(HttpMethod.Post, "/api/v1/frameworks", new { code = "", name = new { vi = "", en = "" }, versions = Array.Empty<object>() })),
        ["GET /api/v1/score-releases"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/score-releases")),
        ["GET /api/v1/score-releases/{year}/rankings"] = () => Readable(HttpStatusCode.NotFound, _ => Get("/api/v1/score-releases/2020/rankings")),
        ["POST /api/v1/score-releases/import"] = () => OnlyFor([Admin], HttpStatusCode.BadRequest, _ => Upload("/api/v1/score-releases/import")),
        // The world has no release: whoever gets past authorization gets 404.
        ["GET /api/v1/score-releases/{year}/revisions"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, _ => Get("/api/v1/score-releases/2020/revisions")),
        ["GET /api/v1/score-releases/{year}/revisions/{revision}"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, _ => Get("/api/v1/score-releases/2020/revisions/1")),
        ["POST /api/v1/score-releases/{year}/revisions/{revision}/restore"] = () =>
            OnlyFor([Admin], HttpStatusCode.NotFound, _ => Send(HttpMethod.Post, "/api/v1/score-releases/2020/revisions/1/restore", null)),
        ["GET /api/v1/populations"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/populations")),
        ["POST /api/v1/populations"] = () => OnlyFor([Admin], HttpStatusCode.BadRequest, _ => Upload("/api/v1/populations")),
        ["GET /api/v1/provinces"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/provinces")),
        ["GET /api/v1/provinces/{provinceId}/profile"] = () => Readable(HttpStatusCode.OK, w => Get($"/api/v1/provinces/{w.Province.Id}/profile")),
        ["GET /api/v1/provinces/{provinceId}/standings"] = () => Readable(HttpStatusCode.OK, w => Get($"/api/v1/provinces/{w.Province.Id}/standings")),
        ["GET /api/v1/provinces/comparison"] = () => Readable(HttpStatusCode.NotFound, w => Get($"/api/v1/provinces/comparison?year=2020&provinceIds={w.Province.Id}")),

        ["GET /api/v1/org-units"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/org-units?pageSize=200&includeInactive=true")),
        ["GET /api/v1/org-units/tree"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/org-units/tree?includeInactive=true")),
        ["GET /api/v1/org-units/{id}"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/org-units/{w.A1.Id}"))
                .Concat(Each([Coordinator, Head, Officer, Viewer, Token], HttpStatusCode.NotFound, w => Get($"/api/v1/org-units/{w.B1.Id}")))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/org-units/{w.B1.Id}"))),
        ["GET /api/v1/org-units/by-code/{code}"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/org-units/by-code/{w.A1.Code}"))
                .Concat(Each([Coordinator, Head, Officer, Viewer, Token], HttpStatusCode.NotFound, w => Get($"/api/v1/org-units/by-code/{w.B1.Code}?on=2025-07-01")))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/org-units/by-code/{w.B1.Code}?on=2025-07-01"))),
        ["POST /api/v1/restructurings/preview"] = () => OnlyFor([Admin], HttpStatusCode.BadRequest, _ => Upload("/api/v1/restructurings/preview")),
        ["POST /api/v1/restructurings"] = () => OnlyFor([Admin], HttpStatusCode.BadRequest, _ => Upload("/api/v1/restructurings")),
        ["GET /api/v1/restructurings"] = () => OnlyFor([Admin], HttpStatusCode.OK, _ => Get("/api/v1/restructurings")),
        ["GET /api/v1/restructurings/{id}"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, _ => Get("/api/v1/restructurings/999999")),
        ["POST /api/v1/org-units"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.Created, w => Send(HttpMethod.Post, "/api/v1/org-units", new { kind = "Commune", nameVi = "Xã mới", parentId = w.A.Id }))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, "/api/v1/org-units", new { kind = "Commune", nameVi = "Xã mới", parentId = w.B.Id }))),
        ["PUT /api/v1/org-units/{id}"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Put, $"/api/v1/org-units/{w.A1.Id}", new { nameVi = "Thị trấn A1" }))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Put, $"/api/v1/org-units/{w.B1.Id}", new { nameVi = "Thị trấn B1" }))),
        ["GET /api/v1/org-units/{id}/document-profile"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/org-units/{w.A1.Id}/document-profile"))
                .Concat(Each([Coordinator, Head, Officer, Viewer, Token], HttpStatusCode.NotFound, w => Get($"/api/v1/org-units/{w.B1.Id}/document-profile")))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/org-units/{w.B1.Id}/document-profile"))),
        ["PUT /api/v1/org-units/{id}/document-profile"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Put, $"/api/v1/org-units/{w.A1.Id}/document-profile", Profile))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Put, $"/api/v1/org-units/{w.B1.Id}/document-profile", Profile))),
        ["POST /api/v1/org-units/{id}/move"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/org-units/{w.A1.Id}/move", new { newParentId = w.A.Id }))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, $"/api/v1/org-units/{w.A1.Id}/move", new { newParentId = w.B.Id }))),
        ["POST /api/v1/org-units/merge"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Merge(w.A2, w.A1))
                .Concat(Each([Head, Officer, Viewer, Token], HttpStatusCode.Forbidden, w => Merge(w.A2, w.A1)))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Merge(w.B1, w.B)))
                .Concat(Each([Coordinator], HttpStatusCode.OK, w => Merge(w.A2, w.A1)))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Merge(w.B2, w.B))),

        ["DELETE /api/v1/org-units/{id}"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Send(HttpMethod.Delete, $"/api/v1/org-units/{w.A2.Id}"))
                .Concat(Each([Head, Officer, Viewer, Token], HttpStatusCode.Forbidden, w => Send(HttpMethod.Delete, $"/api/v1/org-units/{w.A2.Id}")))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Delete, $"/api/v1/org-units/{w.B1.Id}")))
                .Concat(Each([Coordinator], HttpStatusCode.NoContent, w => Send(HttpMethod.Delete, $"/api/v1/org-units/{w.A2.Id}")))
                .Concat(Each([Admin], HttpStatusCode.NoContent, w => Send(HttpMethod.Delete, $"/api/v1/org-units/{w.B2.Id}"))),
        ["POST /api/v1/org-units/import"] = () => OnlyFor([Admin, Coordinator], HttpStatusCode.BadRequest, _ => Upload("/api/v1/org-units/import")),

        ["GET /api/v1/plans"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/plans"), readers: People),
        ["POST /api/v1/plans"] = () =>
            OnlyFor([Admin], HttpStatusCode.Created, w => Send(HttpMethod.Post, "/api/v1/plans", new
            {
                provinceId = w.Province.Id, titleVi = "Kế hoạch 2025", issuerVi = "Chủ tịch UBND tỉnh", baselineYear = 2024, targetYear = 2025,
                targets = new[] { new { kind = "TotalRank", value = 10 } },
            })),
        ["POST /api/v1/plans/{id}/actions"] = () =>
            OnlyFor([Admin], HttpStatusCode.Created, w => Send(HttpMethod.Post, $"/api/v1/plans/{w.PlanId}/actions", new
            {
                code = "D7.x", dimension = "7", subDimensions = new[] { "7.3" }, textVi = "Nước sạch", recurring = true, leadUnitIds = new[] { w.A.Id },
            })),
        ["POST /api/v1/plans/{id}/status"] = () =>
            OnlyFor([Admin], HttpStatusCode.NoContent, w => Send(HttpMethod.Post, $"/api/v1/plans/{w.PlanId}/status", new { status = "InForce" })),
        ["GET /api/v1/plans/{id}"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/plans/{w.PlanId}"), readers: People)
                .Concat(Each([Coordinator, Head, Officer, Viewer], HttpStatusCode.NotFound, w => Get($"/api/v1/plans/{w.OtherPlanId}")))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/plans/{w.OtherPlanId}"))),
        ["GET /api/v1/plans/{id}/actions"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/plans/{w.PlanId}/actions?mine=true"), readers: People)
                .Concat(Each([Coordinator, Officer], HttpStatusCode.NotFound, w => Get($"/api/v1/plans/{w.OtherPlanId}/actions"))),
        ["GET /api/v1/plans/{id}/overview"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/plans/{w.PlanId}/overview"), readers: People)
                .Concat(Each([Coordinator, Viewer], HttpStatusCode.NotFound, w => Get($"/api/v1/plans/{w.OtherPlanId}/overview"))),
        ["GET /api/v1/plans/{id}/coverage"] = () =>
            Readable(HttpStatusCode.NotFound, w => Get($"/api/v1/plans/{w.PlanId}/coverage"), readers: People),
        ["GET /api/v1/plans/{id}/effect"] = () =>
            Readable(HttpStatusCode.NotFound, w => Get($"/api/v1/plans/{w.PlanId}/effect"), readers: People),
        ["GET /api/v1/plans/{id}/rank-calculator"] = () =>
            Readable(HttpStatusCode.NotFound, w => Get($"/api/v1/plans/{w.PlanId}/rank-calculator?rank=1"), readers: People),
        ["GET /api/v1/action-items/{id}"] = () => Readable(HttpStatusCode.OK, w => Get($"/api/v1/action-items/{w.ActionId}"), readers: People),

        ["PUT /api/v1/action-items/{id}"] = () =>
            OnlyFor([Admin], HttpStatusCode.OK, w => Send(HttpMethod.Put, $"/api/v1/action-items/{w.ActionId}", new { textVi = "Phúc đáp trực tuyến", recurring = true })),
        ["GET /api/v1/action-items/{id}/progress"] = () => Readable(HttpStatusCode.OK, w => Get($"/api/v1/action-items/{w.ActionId}/progress"), readers: People),
        ["POST /api/v1/action-items/{id}/progress"] = () =>
            OnlyFor([Admin, Coordinator, Head, Officer], HttpStatusCode.Created, w => Send(HttpMethod.Post, $"/api/v1/action-items/{w.ActionId}/progress",
                new { unitId = w.A1.Id, reportedOn = "2025-01-15", status = "InProgress", percent = 10, narrative = "Đã triển khai" })),

        ["POST /api/v1/action-progress/{progressId}/evidence"] = () =>
            OnlyFor([Admin, Coordinator, Head, Officer], HttpStatusCode.Created, w => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/action-progress/{w.ProgressId}/evidence")
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent(TestActors.Pdf), "file", "bien-ban.pdf" } },
            }),
        ["GET /api/v1/evidence/{id}"] = () => Readable(HttpStatusCode.OK, w => Get($"/api/v1/evidence/{w.EvidenceId}"), readers: People),
        ["GET /api/v1/signed-documents/{id}"] = () => Readable(HttpStatusCode.NotFound, _ => Get("/api/v1/signed-documents/999999"), readers: People),
        // No signing service is configured in the tests: whoever may sign gets past authorization to its 503.
        ["POST /api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report/signature"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.ServiceUnavailable, w => Send(HttpMethod.Post, $"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report/signature"))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, $"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.B.Id}/consolidated-report/signature"))),
        ["POST /api/v1/document-signatures/{sha256}/recheck"] = () =>
            Readable(HttpStatusCode.OK, _ => Send(HttpMethod.Post, $"/api/v1/document-signatures/{Convert.ToHexStringLower(SHA256.HashData(TestActors.Pdf))}/recheck"), readers: People),

        ["GET /api/v1/plans/{id}/reporting-periods"] = () => Readable(HttpStatusCode.OK, w => Get($"/api/v1/plans/{w.PlanId}/reporting-periods"), readers: People),
        ["POST /api/v1/plans/{id}/reporting-periods"] = () =>
            OnlyFor([Admin], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/plans/{w.PlanId}/reporting-periods", new { years = new[] { 2021 } })),
        ["GET /api/v1/reporting-periods/{id}/obligations"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/obligations"), readers: People),
        ["POST /api/v1/reporting-periods/{id}/obligations"] = () =>
            OnlyFor([Admin], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/reporting-periods/{w.PeriodId}/obligations")),
        ["POST /api/v1/report-obligations/{id}/extension"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/report-obligations/{w.ObligationA1Id}/extension", new { extendedTo = w.PeriodDue.AddDays(5), reason = "Bão lũ" }))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, $"/api/v1/report-obligations/{w.ObligationB1Id}/extension", new { extendedTo = w.PeriodDue.AddDays(5), reason = "Bão lũ" }))),
        ["GET /api/v1/reporting-periods/{id}/completeness"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/completeness"), readers: People),
        ["GET /api/v1/events"] = () => OnlyFor([Admin, Coordinator], HttpStatusCode.OK, _ => Get("/api/v1/events?pageSize=200")),
        ["GET /api/v1/exports/{kind}"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/exports/units?unitId={w.A1.Id}"))
                .Concat(Each([Coordinator, Head, Officer, Viewer, Token], HttpStatusCode.NotFound, w => Get($"/api/v1/exports/units?unitId={w.B1.Id}")))
                .Concat(Each([Coordinator, Viewer], HttpStatusCode.OK, w => Get($"/api/v1/exports/submissions?unitId={w.A.Id}")))
                .Concat(Each([Token], HttpStatusCode.Forbidden, w => Get("/api/v1/exports/actions")))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/exports/obligations?unitId={w.B1.Id}")))
                // Scores are public as the rankings are; a unit outside the caller's subtree still reads as missing.
                .Concat(Readable(HttpStatusCode.OK, _ => Get("/api/v1/exports/scores?format=json")))
                .Concat(Each([Coordinator, Head, Officer, Viewer, Token], HttpStatusCode.NotFound, w => Get($"/api/v1/exports/scores?unitId={w.B1.Id}"))),
        ["GET /api/v1/reporting-matrix"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}&unitId={w.A.Id}"))
                .Concat(Each([Token], HttpStatusCode.Forbidden, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}&unitId={w.A.Id}")))
                .Concat(Each([Admin, Coordinator, Head, Viewer], HttpStatusCode.OK, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}&unitId={w.A.Id}")))
                .Concat(Each([Officer], HttpStatusCode.OK, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}&unitId={w.A1.Id}")))
                .Concat(Each([Officer], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}&unitId={w.A.Id}")))
                .Concat(Each([Coordinator, Head, Officer, Viewer], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}&unitId={w.B.Id}")))
                .Concat(Each([Coordinator, Viewer], HttpStatusCode.Forbidden, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}")))
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/reporting-matrix?year={w.PeriodDue.Year}"))),
        ["GET /api/v1/report-obligations/{id}/submission"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/report-obligations/{w.ObligationA1Id}/submission"), readers: People)
                .Concat(Each([Coordinator, Head, Officer, Viewer], HttpStatusCode.NotFound, w => Get($"/api/v1/report-obligations/{w.ObligationB1Id}/submission"))),
        ["PUT /api/v1/report-obligations/{id}/submission"] = () =>
            OnlyFor([Admin, Coordinator, Head, Officer], HttpStatusCode.Conflict, w => Send(HttpMethod.Put, $"/api/v1/report-obligations/{w.ObligationA1Id}/submission",
                new { narratives = new Dictionary<string, string> { ["1"] = "Sửa" } })),
        ["POST /api/v1/report-submissions/{id}/submit"] = () =>
            OnlyFor([Admin, Coordinator, Head], HttpStatusCode.Conflict, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/submit")),
        ["POST /api/v1/report-submissions/{id}/return"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/return", new { reason = "Thiếu số liệu" }))
                .Concat(Each([Head, Officer, Viewer, Token], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/return", new { reason = "Thiếu số liệu" })))
                .Concat(Each([Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/return", new { reason = "Thiếu số liệu" })))
                .Concat(Each([Admin], HttpStatusCode.Conflict, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/return", new { reason = "Thiếu số liệu" }))),
        ["POST /api/v1/report-submissions/{id}/approve"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/approve"))
                .Concat(Each([Head, Officer, Viewer, Token], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/approve")))
                .Concat(Each([Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/approve")))
                .Concat(Each([Admin], HttpStatusCode.Conflict, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/approve"))),

        ["POST /api/v1/report-submissions/approve"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Send(HttpMethod.Post, "/api/v1/report-submissions/approve", new { submissionIds = new[] { w.SubmissionId } }))
                .Concat(Each([Head, Officer, Viewer, Token], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, "/api/v1/report-submissions/approve", new { submissionIds = new[] { w.SubmissionId } })))
                .Concat(Each([Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Post, "/api/v1/report-submissions/approve", new { submissionIds = new[] { w.SubmissionId } })))
                .Concat(Each([Admin], HttpStatusCode.Conflict, w => Send(HttpMethod.Post, "/api/v1/report-submissions/approve", new { submissionIds = new[] { w.SubmissionId } }))),
        ["POST /api/v1/report-submissions/{id}/reopen"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.Conflict, w => Send(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/reopen", new { reason = "Sửa số liệu" })),
        ["POST /api/v1/report-submissions/{id}/attachments"] = () =>
            OnlyFor([Admin, Coordinator, Head, Officer], HttpStatusCode.Conflict, w => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/report-submissions/{w.SubmissionId}/attachments")
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent(TestActors.Pdf), "file", "bao-cao.pdf" } },
            }),
        ["GET /api/v1/report-attachments/{id}"] = () =>
            Readable(HttpStatusCode.NotFound, w => Get($"/api/v1/report-attachments/{w.AttachmentB1Id}"), readers: People)
                .Where(c => c.Actor != Admin)
                .Concat(Each([Admin], HttpStatusCode.OK, w => Get($"/api/v1/report-attachments/{w.AttachmentB1Id}"))),
        ["DELETE /api/v1/report-attachments/{id}"] = () =>
            OnlyFor([Admin], HttpStatusCode.NoContent, w => Send(HttpMethod.Delete, $"/api/v1/report-attachments/{w.AttachmentB1Id}")),
        ["GET /api/v1/report-submissions/{id}/versions/{number}"] = () =>
            Readable(HttpStatusCode.OK, w => Get($"/api/v1/report-submissions/{w.SubmissionId}/versions/1"), readers: People),
        ["GET /api/v1/reporting-periods/{id}/levels/{unitId}"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}"))
                .Concat(Each([Token], HttpStatusCode.Forbidden, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}")))
                .Concat(Each([Admin, Coordinator, Head, Viewer], HttpStatusCode.OK, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}")))
                .Concat(Each([Officer], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}")))
                .Concat(Each([Coordinator], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.B.Id}"))),
        ["POST /api/v1/reporting-periods/{id}/levels/{unitId}/approve"] = () =>
            OnlyFor([Admin, Coordinator], HttpStatusCode.Conflict, w => Send(HttpMethod.Post, $"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/approve", new { }))
                .Concat(Each([Coordinator], HttpStatusCode.Forbidden, w => Send(HttpMethod.Post, $"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.B.Id}/approve", new { overrideReason = "Vượt quyền" })))
                .Concat(Each([Coordinator], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/approve", new { overrideReason = "Xã A1 chờ duyệt" }))),

        ["GET /api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report.docx"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.docx"))
                .Concat(Each([Token], HttpStatusCode.Forbidden, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.docx")))
                .Concat(Each([Admin, Coordinator, Head, Viewer], HttpStatusCode.OK, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.docx")))
                .Concat(Each([Officer], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.docx")))
                .Concat(Each([Coordinator], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.B.Id}/consolidated-report.docx"))),
        ["GET /api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report.pdf"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.pdf"))
                .Concat(Each([Token], HttpStatusCode.Forbidden, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.pdf")))
                .Concat(Each([Admin, Coordinator, Head, Viewer], HttpStatusCode.OK, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.pdf")))
                .Concat(Each([Officer], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.pdf")))
                .Concat(Each([Coordinator], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.B.Id}/consolidated-report.pdf"))),
        ["GET /api/v1/reporting-periods/{id}/levels/{unitId}/consolidated-report.xlsx"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.xlsx"))
                .Concat(Each([Token], HttpStatusCode.Forbidden, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.xlsx")))
                .Concat(Each([Admin, Coordinator, Head, Viewer], HttpStatusCode.OK, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.xlsx")))
                .Concat(Each([Officer], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.A.Id}/consolidated-report.xlsx")))
                .Concat(Each([Coordinator], HttpStatusCode.NotFound, w => Get($"/api/v1/reporting-periods/{w.PeriodId}/levels/{w.B.Id}/consolidated-report.xlsx"))),
        ["GET /api/v1/notifications"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, _ => Get("/api/v1/notifications"))
                .Concat(Each(People, HttpStatusCode.OK, _ => Get("/api/v1/notifications")))
                .Concat(Each([Token], HttpStatusCode.Forbidden, _ => Get("/api/v1/notifications"))),
        ["POST /api/v1/notifications/read"] = () =>
            Each([Nobody], HttpStatusCode.Unauthorized, _ => Send(HttpMethod.Post, "/api/v1/notifications/read", new { }))
                .Concat(Each(People, HttpStatusCode.OK, _ => Send(HttpMethod.Post, "/api/v1/notifications/read", new { })))
                .Concat(Each([Token], HttpStatusCode.Forbidden, _ => Send(HttpMethod.Post, "/api/v1/notifications/read", new { }))),

        ["GET /api/v1/users"] = () => OnlyFor([Admin], HttpStatusCode.OK, _ => Get("/api/v1/users")),
        ["POST /api/v1/users"] = () => OnlyFor([Admin], HttpStatusCode.Created, _ => Send(HttpMethod.Post, "/api/v1/users", new { userName = "new.user", displayName = "Người mới", password = "Strong-Pass-2026" })),
        ["POST /api/v1/users/{userId}/roles"] = () => OnlyFor([Admin], HttpStatusCode.OK, w => Send(HttpMethod.Post, $"/api/v1/users/{w.OfficerId}/roles", new { role = "Viewer", unitId = w.B.Id })),
        ["DELETE /api/v1/users/{userId}/roles/{assignmentId}"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, w => Send(HttpMethod.Delete, $"/api/v1/users/{w.OfficerId}/roles/999999")),

        ["GET /api/v1/api-tokens"] = () => OnlyFor([Admin], HttpStatusCode.OK, _ => Get("/api/v1/api-tokens")),
        ["POST /api/v1/api-tokens"] = () => OnlyFor([Admin], HttpStatusCode.Created, w => Send(HttpMethod.Post, "/api/v1/api-tokens", new { name = "Hệ thống khác", scopes = new[] { "scores:read" }, unitId = w.A.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) })),
        ["POST /api/v1/api-tokens/{id}/revoke"] = () => OnlyFor([Admin], HttpStatusCode.NoContent, w => Send(HttpMethod.Post, $"/api/v1/api-tokens/{w.TokenId}/revoke")),

        // No subscription in the world: whoever gets past authorization gets 404 for one, 400 for a loopback target (refused by default).
        ["GET /api/v1/webhooks"] = () => OnlyFor([Admin], HttpStatusCode.OK, _ => Get("/api/v1/webhooks")),
        ["POST /api/v1/webhooks"] = () => OnlyFor([Admin], HttpStatusCode.BadRequest,
            w => Send(HttpMethod.Post, "/api/v1/webhooks", new { name = "Kho dữ liệu", url = "http://127.0.0.1/hooks", unitId = w.A.Id })),
        ["DELETE /api/v1/webhooks/{id}"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, _ => Send(HttpMethod.Delete, "/api/v1/webhooks/999999")),
        ["POST /api/v1/webhooks/{id}/secret"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, _ => Send(HttpMethod.Post, "/api/v1/webhooks/999999/secret")),
        ["GET /api/v1/webhooks/{id}/deliveries"] = () => OnlyFor([Admin], HttpStatusCode.NotFound, _ => Get("/api/v1/webhooks/999999/deliveries")),
        ["POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay"] = () =>
            OnlyFor([Admin], HttpStatusCode.NotFound, _ => Send(HttpMethod.Post, "/api/v1/webhooks/999999/deliveries/1/replay")),
        ["POST /api/v1/webhooks/{id}/replay"] = () => OnlyFor([Admin], HttpStatusCode.NotFound,
            _ => Send(HttpMethod.Post, "/api/v1/webhooks/999999/replay", new { from = DateTimeOffset.UtcNow.AddDays(-1), to = DateTimeOffset.UtcNow })),

        ["GET /api/v1/audit"] = () => Readable(HttpStatusCode.OK, _ => Get("/api/v1/audit?pageSize=200"), readers: [Admin, Coordinator]),
    };

    [Test]
    public void EveryEndpointShouldBeInTheMatrix()
    {
        var endpoints = TestRun.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Normalized(e.RoutePattern.RawText!)}"))
            .ToHashSet();

        endpoints.Except(Matrix.Keys).ShouldBeEmpty("endpoints missing from the authorization matrix");
        Matrix.Keys.Except(endpoints).ShouldBeEmpty("matrix rows for endpoints that do not exist");
    }

    private static IEnumerable<TestCaseData> Rows() => Matrix.Keys.Select(k => new TestCaseData(k).SetArgDisplayNames(k));

    [TestCaseSource(nameof(Rows))]
    public async Task ShouldAnswerEachCallerAsTheMatrixSays(string endpoint)
    {
        var (world, clients) = await ArrangeAsync();
        var failures = new List<string>();

        foreach (var row in Matrix[endpoint]())
        {
            using var request = row.Request(world);
            using var response = await clients[row.Actor].SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != row.Expected)
                failures.Add($"{row.Actor} {request.Method} {request.RequestUri}: expected {(int)row.Expected}, got {(int)response.StatusCode} {body}");
            else if (row.Actor is not Admin && response.IsSuccessStatusCode && LeaksDistrictB(body, world))
                failures.Add($"{row.Actor} {request.Method} {request.RequestUri}: a unit of district B appears in {body}");
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>Units of district B, by id, in a JSON body (also as the entity of audit entries; ids of other tables may repeat the number).</summary>
    private static bool LeaksDistrictB(string body, World world) =>
        new[] { world.B.Id, world.B1.Id, world.B2.Id }.Any(id =>
            body.Contains($"\"id\":{id},\"kind\"") || body.Contains($"\"unitId\":{id},") || body.Contains($"\"recipientId\":{id},")
            || body.Contains($"\"entityType\":\"OrgUnit\",\"entityId\":\"{id}\""));

    private static string Normalized(string pattern) =>
        pattern.Replace("{version:apiVersion}", "1").Replace(":int", "").Replace(":long", "").Replace(":guid", "").TrimEnd('/');

    private async Task<(World, Dictionary<Actor, HttpClient>)> ArrangeAsync()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Tỉnh Thử");
        var a = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện A", province);
        var a1 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã A1", a, code: "90001");
        var a2 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã A2", a);
        var b = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện B", province);
        var b1 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã B1", b, code: "90002");
        var b2 = await TestActors.UnitAsync(OrgUnitKind.Commune, "Xã B2", b);
        var officer = await TestActors.UserAsync("matrix.officer", null, (Role.UnitOfficer, a1.Id));
        var (planId, actionId) = await TestActors.PlanAsync(province, a1);
        var (otherPlanId, _) = await TestActors.PlanAsync(await TestActors.UnitAsync(OrgUnitKind.Province, "Tỉnh Khác"), null);
        var progressId = await TestActors.ProgressAsync(actionId, a1);
        // District B's own event, which the feed must keep from district A's readers.
        await TestActors.ProgressAsync((await TestActors.PlanAsync(province, b1)).ActionId, b1);
        var evidenceId = await TestActors.EvidenceAsync(progressId, a1);
        var periodDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        var (periodId, obligations) = await TestActors.PeriodAsync(planId, periodDue, null, (a1, a), (b1, b));
        var submissionId = await TestActors.SubmittedReportAsync(obligations[0], a1);
        var attachmentB1Id = await TestActors.DraftAttachmentAsync(obligations[1], b1);
        foreach (var unit in new[] { a1, b1 })
        {
            using var kept = await Client.PutAsJsonAsync($"/api/v1/org-units/{unit.Id}/document-profile", Profile);
            await kept.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
        using var created = await Client.PostAsJsonAsync("/api/v1/api-tokens",
            new { name = "Matrix", scopes = new[] { "scores:read", "units:read" }, unitId = a.Id, expiresAt = DateTimeOffset.UtcNow.AddDays(1) });
        var token = (await created.Content.ReadFromJsonAsync<CreatedApiTokenDto>(Json))!;

        var clients = new Dictionary<Actor, HttpClient>
        {
            [Nobody] = Anonymous,
            [Admin] = Client,
            [Coordinator] = await TestActors.ClientWithRoleAsync(Role.Coordinator, a.Id),
            [Head] = await TestActors.ClientWithRoleAsync(Role.UnitHead, a.Id),
            [Officer] = await TestActors.ClientForAsync(officer),
            [Viewer] = await TestActors.ClientWithRoleAsync(Role.Viewer, a.Id),
            [Token] = TestActors.ClientWithApiKey(token.Secret),
        };
        return (new World(province, a, a1, a2, b, b1, b2, officer, token.Token.Id, planId, actionId, otherPlanId, progressId, evidenceId,
            periodId, obligations[0], obligations[1], submissionId, periodDue, attachmentB1Id), clients);
    }
}

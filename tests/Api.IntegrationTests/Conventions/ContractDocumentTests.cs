using System.Text.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.ActionItems.Commands.CreateActionItem;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Application.Reporting.Commands.ApproveReports;
using PapiTracker.Domain.Plans;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>
/// The served OpenAPI document says what the server does: the validators' bounds, who may call, the
/// headers and statuses the pipeline adds, files as files, and the problem details' shape. (Spectral lints
/// the committed copy in make test; these pin the facts an integration relies on.)
/// </summary>
public sealed class ContractDocumentTests : ApiTest
{
    private JsonElement _document;

    [SetUp]
    public async Task ReadDocumentAsync() =>
        _document = JsonDocument.Parse(await Anonymous.GetStringAsync("/swagger/v1/swagger.json")).RootElement;

    [Test]
    public void ShouldCarryTheValidatorsBounds_OnWhatCallersSend()
    {
        Property("CreatePlanCommand", "titleVi").GetProperty("maxLength").GetInt32().ShouldBe(Plan.TitleMaxLength);
        Property("TargetInput", "noteVi").GetProperty("maxLength").GetInt32().ShouldBe(Plan.TitleMaxLength);
        Property("NewActionItem", "leadUnitIds").GetProperty("maxItems").GetInt32().ShouldBe(CreateActionItemCommandValidator.MaxListed);
        Property("ScheduleEntry", "dueMonth").GetProperty("minimum").GetInt32().ShouldBe(1);
        Property("ScheduleEntry", "dueMonth").GetProperty("maximum").GetInt32().ShouldBe(12);
        Property("PeriodGeneration", "years").GetProperty("maxItems").GetInt32().ShouldBe(GenerateReportingPeriodsCommandValidator.MaxYears);
        Property("PeriodGeneration", "years").GetProperty("items").GetProperty("maximum").GetInt32().ShouldBe(2100);
        Property("Approval", "submissionIds").GetProperty("maxItems").GetInt32().ShouldBe(ApproveReportsCommandValidator.MaxReports);
        // Bodies the endpoint binds under another name than its command's, and a nested member's rule.
        Property("ActionItemRevision", "textVi").GetProperty("maxLength").GetInt32().ShouldBe(ActionItem.TextMaxLength);
        Property("ProgressReport", "percent").GetProperty("maximum").GetInt32().ShouldBe(100);
        Property("UnitPlanDocument", "number").GetProperty("maxLength").GetInt32().ShouldBe(ReportSubmission.DocumentNumberMaxLength);
    }

    [Test]
    public void ShouldSayWhoMayCallEveryOperation()
    {
        foreach (var (name, operation) in Operations())
        {
            var isPublic = operation.TryGetProperty("security", out var security) && security.GetArrayLength() == 0;
            var description = operation.TryGetProperty("description", out var text) ? text.GetString()! : "";
            (isPublic || description.Contains("Permission: ") || description.Contains("Any signed-in user")).ShouldBeTrue($"{name} does not say who may call it.");
        }
        Operation("SignIn").GetProperty("security").GetArrayLength().ShouldBe(0);
        Operation("RefreshSession").GetProperty("security").GetArrayLength().ShouldBe(0);
        Operation("SignOut").GetProperty("security").GetArrayLength().ShouldBe(0);
        Operation("GetMe").TryGetProperty("security", out _).ShouldBeFalse("/me takes the document's credentials.");
        Strings(Operation("GetRanking"), "x-token-scopes").ShouldBe(["scores:read"]);
        Strings(Operation("CreatePlan"), "x-permissions").ShouldBe(["ManagePlans"]);
        Strings(Operation("CreatePlan"), "x-token-scopes").ShouldBeEmpty();
    }

    [Test]
    public void ShouldDeclareTheHeadersAndStatusesThePipelineAdds()
    {
        var revise = Operation("ReviseActionItem");
        Parameter(revise, "If-Match").GetProperty("required").GetBoolean().ShouldBeTrue();
        Statuses(revise).ShouldContain("412");
        Statuses(revise).ShouldContain("428");
        Headers(revise, "200").ShouldContain("ETag");
        Headers(Operation("GetActionItem"), "200").ShouldContain("ETag");

        var create = Operation("CreateActionItem");
        Parameter(create, "Idempotency-Key").GetProperty("schema").GetProperty("maxLength").GetInt32().ShouldBe(200);
        Headers(create, "201").ShouldBe(["Location", "Idempotent-Replayed", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy"], ignoreOrder: true);
        Statuses(create).ShouldContain("409");

        var ranking = Operation("GetRanking");
        Parameter(ranking, "If-None-Match").ValueKind.ShouldBe(JsonValueKind.Object);
        Headers(ranking, "200").ShouldContain("ETag");
        foreach (var (name, operation) in Operations())
        {
            Headers(operation, "429").ShouldContain("Retry-After", $"{name}: 429 without Retry-After");
            Headers(operation, "503").ShouldContain("Retry-After", $"{name}: 503 without Retry-After");
        }
    }

    [Test]
    public void ShouldDeclareDownloadsAsFiles_AndProblemsWithTheirTraceId()
    {
        var content = Operation("DownloadEvidence").GetProperty("responses").GetProperty("200").GetProperty("content");
        content.EnumerateObject().Select(c => c.Name).ShouldBe(EvidenceTypes.ContentTypes, ignoreOrder: true);
        content.EnumerateObject().ShouldAllBe(c => c.Value.GetProperty("schema").GetProperty("format").GetString() == "binary");

        var schemas = _document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("ProblemDetails").GetProperty("properties").TryGetProperty("traceId", out _).ShouldBeTrue();
        schemas.GetProperty("HttpValidationProblemDetails").GetProperty("properties").GetProperty("problems")
            .GetProperty("maxItems").GetInt32().ShouldBe(FileRejectedException.MaxProblemsListed);
        _document.GetProperty("info").GetProperty("contact").ValueKind.ShouldBe(JsonValueKind.Object);
        _document.GetProperty("servers").GetArrayLength().ShouldBe(1);
    }

    private IEnumerable<(string Name, JsonElement Operation)> Operations() =>
        _document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(o => ($"{o.Name.ToUpperInvariant()} {path.Name}", o.Value)));

    private JsonElement Operation(string operationId) =>
        Operations().Single(o => o.Operation.GetProperty("operationId").GetString() == operationId).Operation;

    private JsonElement Property(string schema, string property) =>
        _document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

    private static JsonElement Parameter(JsonElement operation, string name) =>
        operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name);

    private static List<string> Statuses(JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();

    private static List<string> Headers(JsonElement operation, string status) =>
        operation.GetProperty("responses").GetProperty(status).TryGetProperty("headers", out var headers)
            ? headers.EnumerateObject().Select(h => h.Name).ToList()
            : [];

    private static List<string> Strings(JsonElement operation, string extension) =>
        operation.GetProperty(extension).EnumerateArray().Select(e => e.GetString()!).ToList();
}

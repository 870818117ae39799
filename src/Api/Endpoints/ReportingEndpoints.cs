using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Commands.ExtendObligation;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetObligations;
using PapiTracker.Application.Reporting.Queries.GetReportingMatrix;
using PapiTracker.Application.Reporting.Queries.GetReportingPeriods;
using PapiTracker.Application.Reporting.Submissions;

namespace PapiTracker.Api.Endpoints;

internal static class ReportingEndpoints
{
    public static void MapReportingEndpoints(this RouteGroupBuilder api)
    {
        var reporting = api.MapGroup("/").WithTags("Reporting");

        reporting.MapGet("/plans/{id:int}/reporting-periods", GetReportingPeriods)
            .WithName(nameof(GetReportingPeriods))
            .WithSummary("A plan's reporting calendar: coverage window, due day (end of day, Asia/Ho_Chi_Minh), lock day, data cut-off.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapPost("/plans/{id:int}/reporting-periods", GenerateReportingPeriods)
            .WithName(nameof(GenerateReportingPeriods))
            .WithSummary("Generate the periods of some years from a schedule (every kind and date configurable; the plan's by default). Idempotent.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reporting.MapGet("/reporting-periods/{id:int}/obligations", GetObligations)
            .WithName(nameof(GetObligations))
            .WithSummary("Who owes whom this period's report, limited to your units and the reports owed to them.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapPost("/reporting-periods/{id:int}/obligations", GenerateObligations)
            .WithName(nameof(GenerateObligations))
            .WithSummary("Generate the period's obligations from the units active in its window with a reporting line or actions. Idempotent.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapGet("/reporting-periods/{id:int}/completeness", GetCompleteness)
            .WithName(nameof(GetCompleteness))
            .WithSummary("Completeness and timeliness per receiving unit: expected, submitted, on time, late, missing, returned, approved, with each unit.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapGet("/reporting-matrix", GetReportingMatrix)
            .WithName(nameof(GetReportingMatrix))
            .WithSummary("Units × periods of a year: report counts for each sub-unit of unitId (each province without it, for those who see the whole country); drill down with a row's unit.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        reporting.MapPost("/report-obligations/{id:int}/extension", ExtendObligation)
            .WithName(nameof(ExtendObligation))
            .WithSummary("Grant a unit a later deadline, with a reason (a coordinator over the unit).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapSubmissionEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/").WithTags("Reporting");

        reports.MapGet("/report-obligations/{id:int}/submission", GetSubmission)
            .WithName(nameof(GetSubmission))
            .WithSummary("The report of an obligation, with its ETag (the reporting and the receiving side only).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapPut("/report-obligations/{id:int}/submission", SaveSubmissionDraft)
            .WithName(nameof(SaveSubmissionDraft))
            .WithSummary("Save the draft: narratives by dimension. Creating needs nothing more; later saves need the ETag as If-Match (412 stale, 428 missing).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);

        reports.MapPost("/report-submissions/{id:int}/submit", SubmitReport)
            .WithName(nameof(SubmitReport))
            .WithSummary("Send the report up (unit head); on time or late by the server's clock; refused once the period is locked.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPost("/report-submissions/{id:int}/return", ReturnReport)
            .WithName(nameof(ReturnReport))
            .WithSummary("Return a submitted report to its unit with a reason (the receiving unit).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPost("/report-submissions/{id:int}/approve", ApproveReport)
            .WithName(nameof(ApproveReport))
            .WithSummary("Approve a submitted report (the receiving unit); it is locked from then on.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<SubmissionDto>> GetSubmission(int id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var submission = await sender.Send(new GetSubmissionQuery(id), ct);
        response.SetETag(submission.Version);
        return TypedResults.Ok(submission.Value);
    }

    /// <param name="ifMatch">The ETag of the draft you read; not needed for the first save.</param>
    private static async Task<Ok<SubmissionDto>> SaveSubmissionDraft(
        int id, SubmissionDraft draft, [FromHeader(Name = EntityTags.IfMatchHeader)] string? ifMatch, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var submission = await sender.Send(new SaveSubmissionDraftCommand(id, draft.Narratives, EntityTags.ParseIfMatch(ifMatch)), ct);
        response.SetETag(submission.Version);
        return TypedResults.Ok(submission.Value);
    }

    private static async Task<Ok<SubmissionDto>> SubmitReport(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitReportCommand(id), ct));

    private static async Task<Ok<SubmissionDto>> ReturnReport(int id, ReturnReason body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReturnReportCommand(id, body.Reason), ct));

    private static async Task<Ok<SubmissionDto>> ApproveReport(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveReportCommand(id), ct));

    internal sealed record SubmissionDraft(IReadOnlyDictionary<string, string> Narratives);

    internal sealed record ReturnReason(string Reason);

    private static async Task<Ok<IReadOnlyList<ReportingPeriodDto>>> GetReportingPeriods(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetReportingPeriodsQuery(id), ct));

    private static async Task<Ok<GeneratedPeriodsDto>> GenerateReportingPeriods(int id, PeriodGeneration body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GenerateReportingPeriodsCommand(id, body.Years, body.Schedule, body.UnitPlanDueOn), ct));

    private static async Task<Ok<PagedList<ObligationDto>>> GetObligations(
        int id, ISender sender, CancellationToken ct, int? recipientId = null, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetObligationsQuery(id, recipientId, page, pageSize), ct));

    private static async Task<Ok<CompletenessDto>> GetCompleteness(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCompletenessQuery(id), ct));

    private static async Task<Ok<ReportingMatrixDto>> GetReportingMatrix(int year, ISender sender, CancellationToken ct, int? unitId = null) =>
        TypedResults.Ok(await sender.Send(new GetReportingMatrixQuery(year, unitId), ct));

    private static async Task<Ok<GeneratedObligationsDto>> GenerateObligations(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GenerateObligationsCommand(id), ct));

    private static async Task<Ok<ObligationDto>> ExtendObligation(int id, Extension body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ExtendObligationCommand(id, body.ExtendedTo, body.Reason), ct));

    internal sealed record PeriodGeneration(IReadOnlyList<int>? Years, IReadOnlyList<ScheduleEntry>? Schedule, DateOnly? UnitPlanDueOn);

    internal sealed record Extension(DateOnly ExtendedTo, string Reason);
}

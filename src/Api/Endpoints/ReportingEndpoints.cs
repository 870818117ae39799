using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PapiTracker.Api.Infrastructure.Contract;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Commands.ApproveLevel;
using PapiTracker.Application.Reporting.Commands.ExtendObligation;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;
using PapiTracker.Application.Reporting.Queries.GetLevel;
using PapiTracker.Application.Reporting.Queries.GetObligations;
using PapiTracker.Application.Reporting.Queries.GetReportingMatrix;
using PapiTracker.Application.Reporting.Queries.GetReportingPeriods;
using PapiTracker.Application.Reporting.Commands.ApproveReport;
using PapiTracker.Application.Reporting.Commands.ApproveReports;
using PapiTracker.Application.Reporting.Commands.AttachReportFile;
using PapiTracker.Application.Reporting.Commands.RemoveReportAttachment;
using PapiTracker.Application.Reporting.Commands.ReopenReport;
using PapiTracker.Application.Reporting.Commands.ReturnReport;
using PapiTracker.Application.Reporting.Commands.SaveSubmissionDraft;
using PapiTracker.Application.Reporting.Commands.SignConsolidatedReport;
using PapiTracker.Application.Reporting.Commands.SubmitReport;
using PapiTracker.Application.Reporting.Queries.DownloadReportAttachment;
using PapiTracker.Application.Reporting.Queries.GetSubmission;
using PapiTracker.Application.Reporting.Queries.GetSubmissionVersion;
using PapiTracker.Domain.Reporting;

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
            .WithSummary("The report of an obligation, with its ETag (the reporting and the receiving side only); before the first save, the unit's actions and progress with a null id and status, and no ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapPut("/report-obligations/{id:int}/submission", SaveSubmissionDraft)
            .WithName(nameof(SaveSubmissionDraft))
            .WithSummary("Save the draft: narratives by dimension, and for the unit-plan kind the plan's number, date, document (an attachment) and committed actions. Creating needs nothing more; later saves need the ETag as If-Match (412 stale, 428 missing).")
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

        reports.MapPost("/report-submissions/approve", ApproveReports)
            .WithName(nameof(ApproveReports))
            .WithSummary("Bulk approve: every report listed, or none (403 if one is not yours to review, 409 naming those not waiting for review).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPost("/report-submissions/{id:int}/reopen", ReopenReport)
            .WithName(nameof(ReopenReport))
            .WithSummary("Reopen an approved report for correction, with a reason (the receiving unit; audited). Withdraws its level's approval.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPost("/report-submissions/{id:int}/attachments", AttachReportFile)
            .WithName(nameof(AttachReportFile))
            .WithSummary("Attach a file to a report being written: PDF, DOCX, XLSX, JPG or PNG (checked by content), at most 20 MB.")
            .AcceptsFileUpload(ReportAttachment.MaxBytes)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapDelete("/report-attachments/{id:long}", RemoveReportAttachment)
            .WithName(nameof(RemoveReportAttachment))
            .WithSummary("Take a file off a report still being written. A file a sent version carries, or the unit plan's signed document, stays (409).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapGet("/report-submissions/{id:int}/versions/{number:int}", GetSubmissionVersion)
            .WithName(nameof(GetSubmissionVersion))
            .WithSummary("One kept version of a report as it was sent: narratives, actions, attachments, unit plan, and the receiver's decision (the reporting and the receiving side; 404 otherwise).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/report-attachments/{id:long}", DownloadReportAttachment)
            .WithName(nameof(DownloadReportAttachment))
            .WithSummary("Download a report's attachment (the reporting and the receiving side; 404 otherwise).")
            .ProducesFile(EvidenceTypes.ContentTypes)
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/reporting-periods/{id:int}/levels/{unitId:int}/consolidated-report.docx", GetConsolidatedReportDocx)
            .WithName(nameof(GetConsolidatedReportDocx))
            .SendsMessage<GetConsolidatedReportQuery>()
            .WithSummary("The receiving unit's consolidated report of the period as Word (.docx), laid out per Decree 30/2020 (the heading table, number and symbol, signer and recipients from the unit's document profile): completeness, late and missing units, each dimension's narratives, actions by status and by unit, provenance. Approved reports only. `number` fills in the number before the symbol.")
            .ProducesFile(["application/vnd.openxmlformats-officedocument.wordprocessingml.document"])
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/reporting-periods/{id:int}/levels/{unitId:int}/consolidated-report.pdf", GetConsolidatedReportPdf)
            .WithName(nameof(GetConsolidatedReportPdf))
            .SendsMessage<GetConsolidatedReportQuery>()
            .WithSummary("The same document as PDF/A-2b (fonts embedded), rendered from the .docx by LibreOffice; 503 when the renderer is unavailable.")
            .ProducesFile(["application/pdf"])
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        reports.MapPost("/reporting-periods/{id:int}/levels/{unitId:int}/consolidated-report/signature", SignConsolidatedReport)
            .WithName(nameof(SignConsolidatedReport))
            .WithSummary("Have the consolidated report's PDF signed by the province's signing service (a reviewer over the unit). The signed copy is kept only when it is the same document with a valid signature added (502 otherwise; 503 when the service is unavailable); it is then at GET /signed-documents/{id}.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        reports.MapGet("/reporting-periods/{id:int}/levels/{unitId:int}/consolidated-report.xlsx", GetConsolidatedReportXlsx)
            .WithName(nameof(GetConsolidatedReportXlsx))
            .SendsMessage<GetConsolidatedReportQuery>()
            .WithSummary("The same as a workbook (.xlsx): the completeness matrix of the level and the actions' status. Text never runs as a formula.")
            .ProducesFile(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"])
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapGet("/reporting-periods/{id:int}/levels/{unitId:int}", GetLevel)
            .WithName(nameof(GetLevel))
            .WithSummary("A receiving unit's level of the period: reports owed to it, how many approved, and its sign-off if given.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapPost("/reporting-periods/{id:int}/levels/{unitId:int}/approve", ApproveLevel)
            .WithName(nameof(ApproveLevel))
            .WithSummary("A receiving unit approves its level of the period: all reports owed to it approved, or an override reason.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<SubmissionDto>> GetSubmission(int id, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var submission = await sender.Send(new GetSubmissionQuery(id), ct);
        // Nothing saved yet: no version to match, and the first save needs none.
        if (submission.Value.Id is not null)
            response.SetETag(submission.Version);
        return TypedResults.Ok(submission.Value);
    }

    /// <param name="ifMatch">The ETag of the draft you read; not needed for the first save.</param>
    private static async Task<Ok<SubmissionDto>> SaveSubmissionDraft(
        int id, SubmissionDraft draft, [FromHeader(Name = EntityTags.IfMatchHeader)] string? ifMatch, ISender sender, HttpResponse response, CancellationToken ct)
    {
        var submission = await sender.Send(new SaveSubmissionDraftCommand(id, draft.Narratives, draft.UnitPlan, EntityTags.ParseIfMatch(ifMatch)), ct);
        response.SetETag(submission.Version);
        return TypedResults.Ok(submission.Value);
    }

    private static async Task<Ok<SubmissionDto>> SubmitReport(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitReportCommand(id), ct));

    private static async Task<Ok<SubmissionDto>> ReturnReport(int id, ReturnReason body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReturnReportCommand(id, body.Reason), ct));

    private static async Task<Ok<SubmissionDto>> ApproveReport(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveReportCommand(id), ct));

    private static async Task<Ok<IReadOnlyList<SubmissionDto>>> ApproveReports(Approval body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveReportsCommand(body.SubmissionIds), ct));

    private static async Task<Ok<SubmissionDto>> ReopenReport(int id, ReturnReason body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReopenReportCommand(id, body.Reason), ct));

    private static async Task<Created<AttachmentDto>> AttachReportFile(int id, IFormFile file, ISender sender, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var attachment = await sender.Send(new AttachReportFileCommand(id, content, file.FileName, file.Length), ct);
        return TypedResults.Created($"/api/v1/report-attachments/{attachment.Id}", attachment);
    }

    private static async Task<NoContent> RemoveReportAttachment(long id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new RemoveReportAttachmentCommand(id), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SubmissionVersionContentDto>> GetSubmissionVersion(int id, int number, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetSubmissionVersionQuery(id, number), ct));

    private static async Task<FileStreamHttpResult> DownloadReportAttachment(long id, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadReportAttachmentQuery(id), ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<LevelDto>> GetLevel(int id, int unitId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLevelQuery(id, unitId), ct));

    private static async Task<Ok<LevelApprovalDto>> ApproveLevel(int id, int unitId, LevelSignOff body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveLevelCommand(id, unitId, body.OverrideReason), ct));

    /// <param name="number">The document's number, before the symbol (Số: 15/BC-SNV); left blank for the office when not given.</param>
    private static Task<FileStreamHttpResult> GetConsolidatedReportDocx(int id, int unitId, ISender sender, CancellationToken ct, int? number = null) =>
        ConsolidatedReportAsync(new GetConsolidatedReportQuery(id, unitId, ConsolidatedFormat.Docx, number), sender, ct);

    /// <param name="number">The document's number, before the symbol (Số: 15/BC-SNV); left blank for the office when not given.</param>
    private static Task<FileStreamHttpResult> GetConsolidatedReportPdf(int id, int unitId, ISender sender, CancellationToken ct, int? number = null) =>
        ConsolidatedReportAsync(new GetConsolidatedReportQuery(id, unitId, ConsolidatedFormat.Pdf, number), sender, ct);

    private static async Task<Created<SignedDocumentDto>> SignConsolidatedReport(int id, int unitId, int? number, ISender sender, CancellationToken ct)
    {
        var signed = await sender.Send(new SignConsolidatedReportCommand(id, unitId, number), ct);
        return TypedResults.Created($"/api/v1/signed-documents/{signed.Id}", signed);
    }

    private static Task<FileStreamHttpResult> GetConsolidatedReportXlsx(int id, int unitId, ISender sender, CancellationToken ct) =>
        ConsolidatedReportAsync(new GetConsolidatedReportQuery(id, unitId, ConsolidatedFormat.Xlsx), sender, ct);

    private static async Task<FileStreamHttpResult> ConsolidatedReportAsync(GetConsolidatedReportQuery query, ISender sender, CancellationToken ct)
    {
        var file = await sender.Send(query, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    internal sealed record Approval(IReadOnlyList<int> SubmissionIds);

    internal sealed record LevelSignOff(string? OverrideReason);

    internal sealed record SubmissionDraft(IReadOnlyDictionary<string, string> Narratives, UnitPlanDocument? UnitPlan);

    internal sealed record ReturnReason(string Reason);

    private static async Task<Ok<IReadOnlyList<ReportingPeriodDto>>> GetReportingPeriods(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetReportingPeriodsQuery(id), ct));

    private static async Task<Ok<GeneratedPeriodsDto>> GenerateReportingPeriods(int id, PeriodGeneration body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GenerateReportingPeriodsCommand(id, body.Years, body.Schedule, body.UnitPlanDueOn), ct));

    private static async Task<Ok<PagedList<ObligationDto>>> GetObligations(
        int id, ISender sender, CancellationToken ct, int? recipientId = null, int page = 1, int pageSize = PagedList<object>.DefaultPageSize,
        DateTimeOffset? updatedSince = null) =>
        TypedResults.Ok(await sender.Send(new GetObligationsQuery(id, recipientId, page, pageSize, updatedSince), ct));

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

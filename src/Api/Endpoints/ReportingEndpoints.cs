using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Reporting;
using PapiTracker.Application.Reporting.Commands.ExtendObligation;
using PapiTracker.Application.Reporting.Commands.GenerateObligations;
using PapiTracker.Application.Reporting.Commands.GenerateReportingPeriods;
using PapiTracker.Application.Reporting.Queries.GetObligations;
using PapiTracker.Application.Reporting.Queries.GetReportingPeriods;

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

        reporting.MapPost("/report-obligations/{id:int}/extension", ExtendObligation)
            .WithName(nameof(ExtendObligation))
            .WithSummary("Grant a unit a later deadline, with a reason (a coordinator over the unit).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ReportingPeriodDto>>> GetReportingPeriods(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetReportingPeriodsQuery(id), ct));

    private static async Task<Ok<GeneratedPeriodsDto>> GenerateReportingPeriods(int id, PeriodGeneration body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GenerateReportingPeriodsCommand(id, body.Years, body.Schedule, body.UnitPlanDueOn), ct));

    private static async Task<Ok<PagedList<ObligationDto>>> GetObligations(
        int id, ISender sender, CancellationToken ct, int? recipientId = null, int page = 1, int pageSize = PagedList<object>.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetObligationsQuery(id, recipientId, page, pageSize), ct));

    private static async Task<Ok<GeneratedObligationsDto>> GenerateObligations(int id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GenerateObligationsCommand(id), ct));

    private static async Task<Ok<ObligationDto>> ExtendObligation(int id, Extension body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ExtendObligationCommand(id, body.ExtendedTo, body.Reason), ct));

    internal sealed record PeriodGeneration(IReadOnlyList<int>? Years, IReadOnlyList<ScheduleEntry>? Schedule, DateOnly? UnitPlanDueOn);

    internal sealed record Extension(DateOnly ExtendedTo, string Reason);
}

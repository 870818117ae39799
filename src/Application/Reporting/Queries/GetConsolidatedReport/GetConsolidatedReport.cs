using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Frameworks;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Reporting;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Reporting.Queries.GetConsolidatedReport;

public enum ConsolidatedFormat
{
    Docx,
    Xlsx,
    Pdf,
}

/// <summary>
/// The consolidated report of a period for a receiving unit (the province's for the chairman), as .docx, its PDF/A
/// or .xlsx, for those who see the unit. Only approved reports' content goes in, as approved (their last version).
/// The document carries <paramref name="Number"/> when given and the unit's document profile when it keeps one.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetConsolidatedReportQuery(int PeriodId, int UnitId, ConsolidatedFormat Format, int? Number = null) : IQuery<FileDownload>;

public sealed class GetConsolidatedReportQueryValidator : AbstractValidator<GetConsolidatedReportQuery>
{
    public GetConsolidatedReportQueryValidator() => RuleFor(q => q.Number).InclusiveBetween(1, 99999);
}

public sealed class GetConsolidatedReportQueryHandler(
    IApplicationDbContext db, AccessControl access, TimeProvider clock, IConsolidatedReportWriter writer, IPdfRenderer pdf)
    : IQueryHandler<GetConsolidatedReportQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(GetConsolidatedReportQuery query, CancellationToken cancellationToken)
    {
        var (period, provinceId, _) = await db.VisiblePeriodAsync(access, query.PeriodId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.UnitId, cancellationToken);
        if (unit is null || !scope.Covers(unit.Path))
            throw new NotFoundException(Messages.Resources.Unit, query.UnitId);
        var province = await db.OrgUnits.Where(u => u.Id == provinceId).Select(u => u.NameVi).SingleAsync(cancellationToken);
        var superior = await db.OrgUnits.Where(u => u.Id == unit.ParentId).Select(u => new { u.Kind, u.NameVi }).SingleOrDefaultAsync(cancellationToken);
        var profile = await db.DocumentProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UnitId == unit.Id, cancellationToken);

        var now = clock.GetUtcNow();
        var states = await db.ObligationStates(period.Id).Where(s => s.RecipientId == unit.Id).OrderBy(s => s.UnitNameVi).ToListAsync(cancellationToken);
        var approvedIds = states.Where(s => s.Status == SubmissionStatus.Approved).Select(s => s.SubmissionId!.Value).ToList();
        var versions = (await db.SubmissionVersions.AsNoTracking().Where(v => approvedIds.Contains(v.SubmissionId)).ToListAsync(cancellationToken))
            .GroupBy(v => v.SubmissionId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);

        var reporters = states.Select(s => versions.GetValueOrDefault(s.SubmissionId ?? 0) is { } v
            ? new ReporterState(s.UnitNameVi, s.Status, s.OnTime, false, s.SubmissionId, v.Number, v.SubmittedAt, v.ReviewedAt)
            : new ReporterState(s.UnitNameVi, s.Status, s.OnTime, s.IsMissing(period, now), s.SubmissionId, null, null, null)).ToList();
        var approved = states.Where(s => s.SubmissionId is { } id && versions.ContainsKey(id))
            .Select(s => (Unit: s.UnitNameVi, Content: ReportContent.FromJson(versions[s.SubmissionId!.Value].Content))).ToList();

        var frameworkCode = await db.Plans.Where(p => p.Id == period.PlanId).Select(p => p.Framework).SingleAsync(cancellationToken);
        var framework = await db.Frameworks.WithStructure().SingleAsync(f => f.Code == frameworkCode, cancellationToken);
        var version = framework.Versions.FirstOrDefault(v => v.Covers(period.Year)) ?? framework.Versions.MaxBy(v => v.FirstYear)!;
        var dimensions = version.Dimensions.OrderBy(d => d.Position).Select(d => new DimensionSection(d.Code, d.NameVi,
            approved.Where(a => a.Content.Narratives.TryGetValue(d.Code, out var text) && !string.IsNullOrWhiteSpace(text))
                .Select(a => new UnitNarrative(a.Unit, a.Content.Narratives[d.Code])).ToList())).ToList();
        var actions = approved.SelectMany(a => a.Content.Actions.Select(x => new ConsolidatedAction(a.Unit, x.Code, x.TextVi, x.Role, x.Status, x.Percent))).ToList();
        var level = await db.LevelApprovals.AsNoTracking().SingleOrDefaultAsync(l => l.PeriodId == period.Id && l.UnitId == unit.Id, cancellationToken);

        var issue = new DocumentIssue(query.Number, profile?.Symbol, profile?.SigningAuthority, profile?.SignerTitle, profile?.SignerName, profile?.Recipients ?? []);
        // A district's offices answer to its people's committee, the province's departments to the province's.
        var superiorBody = superior?.Kind == OrgUnitKind.District ? $"UBND {superior.NameVi}" : $"UBND tỉnh {province}";
        var report = new ConsolidatedReport(province, superiorBody, unit.NameVi, issue, ReportingPeriodDto.From(period), now,
            ReportCounts.Of(reporters.Select(r => new ReportState(r.Status, r.OnTime, r.Missing))), reporters, dimensions, actions,
            level?.ApprovedAt, level?.OverrideReason);

        var name = $"bao-cao-tong-hop-{period.Kind.ToString().ToLowerInvariant()}-{period.Year}-{unit.Id}";
        var output = new MemoryStream();
        if (query.Format == ConsolidatedFormat.Xlsx)
        {
            writer.WriteXlsx(report, output);
            output.Position = 0;
            return new FileDownload(output, $"{name}.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        writer.WriteDocx(report, output);
        output.Position = 0;
        if (query.Format == ConsolidatedFormat.Docx)
            return new FileDownload(output, $"{name}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var rendered = await pdf.RenderAsync(output.ToArray(), cancellationToken);
        return new FileDownload(new MemoryStream(rendered), $"{name}.pdf", "application/pdf");
    }
}

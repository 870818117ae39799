using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Reporting;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.Reporting.Queries.GetReportingMatrix;

/// <summary>
/// Units × periods for a year: for each sub-unit of a unit (each province when no unit is given),
/// the counts of every kind of report owed inside it, each counted for the unit it counts for (a
/// predecessor's report for its successor). Drilling down is asking again with a row's unit.
/// Counted in the database in one grouped query over the year's obligations (the country's year is
/// 54,000), then kept until a report, obligation or period changes.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
[CachedUntilChanged(typeof(ReportObligation), typeof(ReportSubmission), typeof(ReportingPeriod))]
public sealed record GetReportingMatrixQuery(int Year, int? UnitId) : IQuery<ReportingMatrixDto>;

public sealed record ReportingMatrixDto(int Year, int? UnitId, IReadOnlyList<ReportingPeriodKind> Kinds, IReadOnlyList<MatrixRowDto> Rows);

public sealed record MatrixRowDto(int UnitId, string UnitNameVi, string? UnitNameEn, OrgUnitKind Kind, IReadOnlyList<MatrixCellDto> Cells);

public sealed record MatrixCellDto(ReportingPeriodKind Kind, ReportCounts Counts);

public sealed class GetReportingMatrixQueryValidator : AbstractValidator<GetReportingMatrixQuery>
{
    public GetReportingMatrixQueryValidator() => RuleFor(q => q.Year).IsSurveyYear();
}

public sealed class GetReportingMatrixQueryHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : IQueryHandler<GetReportingMatrixQuery, ReportingMatrixDto>
{
    public async ValueTask<ReportingMatrixDto> Handle(GetReportingMatrixQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        string prefix;
        if (query.UnitId is { } unitId)
        {
            prefix = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken) ?? "";
            if (!scope.Covers(prefix))
                throw new NotFoundException(Messages.Resources.Unit, unitId);
        }
        else
        {
            prefix = "/";
            if (!scope.Everywhere)
                throw new ForbiddenAccessException(Messages.WholeCountryMatrix);
        }

        var today = VietnamTime.Today(clock.GetUtcNow());
        // A report's row is the key right after the prefix in the path of the unit it counts for: the sub-unit that lies in
        // (a predecessor's report stands in its successor's row).
        var groups = await (from c in db.CountedObligations()
                            let o = c.Obligation
                            let p = c.Period
                            where p.Year == query.Year && c.CountsForPath.StartsWith(prefix) && c.CountsForPath != prefix
                            join s in db.ReportSubmissions on o.Id equals s.ObligationId into submissions
                            from s in submissions.DefaultIfEmpty()
                            group o by new
                            {
                                Row = c.CountsForPath.Substring(prefix.Length, OrgUnit.PathSegmentLength - 1),
                                p.Kind,
                                Status = s == null ? (SubmissionStatus?)null : s.Status,
                                OnTime = s == null ? null : s.OnTime,
                                // ObligationState.IsMissing, as SQL: the country's year is counted in the database, not loaded.
                                Missing = (s == null || s.Status == SubmissionStatus.Draft)
                                          && p.LockOn < today && (o.ExtendedTo == null || o.ExtendedTo < today),
                            }
                            into g
                            select new { g.Key.Row, g.Key.Kind, g.Key.Status, g.Key.OnTime, g.Key.Missing, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var byRow = groups.ToLookup(g => g.Row);
        var units = await db.OrgUnits.AsNoTracking().Where(u => u.ParentId == query.UnitId)
            .Select(u => new { u.Key, u.Id, u.NameVi, u.NameEn, u.Kind }).ToListAsync(cancellationToken);
        var kinds = groups.Select(g => g.Kind).Distinct().Order().ToList();

        var rows = units.Where(u => byRow.Contains(u.Key.ToString("N"))).OrderBy(u => u.NameVi, VietnameseText.Order).Select(unit =>
        {
            var cells = kinds.Select(kind => new MatrixCellDto(kind, ReportCounts.Of(
                byRow[unit.Key.ToString("N")].Where(g => g.Kind == kind).Select(g => new ReportState(g.Status, g.OnTime, g.Missing, g.Count))))).ToList();
            return new MatrixRowDto(unit.Id, unit.NameVi, unit.NameEn, unit.Kind, cells);
        }).ToList();
        return new ReportingMatrixDto(query.Year, query.UnitId, kinds, rows);
    }
}

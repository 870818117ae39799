using System.Linq.Expressions;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Application.Plans;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Exports.Commands.ExportData;

/// <summary>
/// A bulk export for a data warehouse: every row of one kind within a unit's subtree (the caller's whole scope when no
/// unit is named) and a date range, as a stream the API writes out as it reads (never the whole table in memory).
/// Each export is an audit entry (who, which kind, which filters). A command: reading in bulk is recorded.
/// Scores are public, as the rankings are: every province's, whatever the caller's subtree; a unit named narrows them
/// to the provinces it is in or holds.
/// </summary>
[RequiresPermission(Permission.ReadScores)]
[RequiresPermission(Permission.ReadUnits)]
[RequiresPermission(Permission.ReadPlans)]
/// <remarks><c>Format</c> (csv or json) is how the API writes the rows; it is checked here with the rest of the request.</remarks>
public sealed record ExportDataCommand(string Kind, string Format = "csv", int? UnitId = null, DateOnly? From = null, DateOnly? To = null)
    : ICommand<ExportTable>
{
    public const int KindMaxLength = 20;

    public static readonly string[] Formats = ["csv", "json"];
}

/// <summary>The column names (the CSV header, the JSON keys) and the rows in that order, read as they are written.</summary>
public sealed record ExportTable(string Kind, IReadOnlyList<string> Columns, IAsyncEnumerable<object?[]> Rows);

public sealed class ExportDataCommandValidator : AbstractValidator<ExportDataCommand>
{
    public ExportDataCommandValidator()
    {
        RuleFor(c => c.Kind).MaximumLength(ExportDataCommand.KindMaxLength).Must(k => ExportDataCommandHandler.Kinds.ContainsKey(k))
            .WithText(Messages.ExportKindIs(string.Join(", ", ExportDataCommandHandler.Kinds.Keys)));
        RuleFor(c => c.Format).MaximumLength(ExportDataCommand.KindMaxLength).Must(f => ExportDataCommand.Formats.Contains(f)).WithText(Messages.ExportFormatIs(string.Join(", ", ExportDataCommand.Formats)));
        RuleFor(c => c.To).GreaterThanOrEqualTo(c => c.From).When(c => c.From is not null && c.To is not null);
    }
}

public sealed class ExportDataCommandHandler(IApplicationDbContext db, AccessControl access, TimeProvider clock)
    : ICommandHandler<ExportDataCommand, ExportTable>
{
    /// <summary>Each kind and the permission its rows are read with (scores as rankings, units as the unit lists are, the rest as plans are).</summary>
    public static readonly IReadOnlyDictionary<string, Permission> Kinds = new Dictionary<string, Permission>
    {
        ["scores"] = Permission.ReadScores,
        ["units"] = Permission.ReadUnits,
        ["actions"] = Permission.ReadPlans,
        ["obligations"] = Permission.ReadPlans,
        ["submissions"] = Permission.ReadPlans,
    };

    public async ValueTask<ExportTable> Handle(ExportDataCommand command, CancellationToken cancellationToken)
    {
        var permission = Kinds[command.Kind];
        var scope = await access.ScopeAsync(permission, cancellationToken);
        if (scope.IsEmpty)
            throw new ForbiddenAccessException();
        var units = db.OrgUnits.AsNoTracking().Within(scope);
        string? root = null;
        if (command.UnitId is { } unitId)
        {
            // Outside the caller's scope a unit reads as missing, as everywhere else.
            var path = await units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException(Messages.Resources.Unit, unitId);
            units = units.Where(u => u.Path.StartsWith(path));
            root = path;
        }

        var now = clock.GetUtcNow();
        db.AuditEntries.Add(new AuditEntry(now, access.Caller.UserId, access.Caller.ApiTokenId, "Export", command.Kind, AuditAction.Exported,
            JsonSerializer.Serialize(new { unitId = command.UnitId, from = command.From, to = command.To }), root));
        await db.SaveChangesAsync(cancellationToken);

        var first = command.From ?? DateOnly.MinValue;
        var last = command.To ?? DateOnly.MaxValue;
        return command.Kind switch
        {
            "scores" => Scores(new AccessScope(root is null, root is null ? [] : [root]), first.Year, last.Year),
            "units" => Units(units, first, last),
            "actions" => Actions(await db.VisiblePlansAsync(access, cancellationToken), units.Select(u => u.Id), first, last),
            "obligations" => Obligations(units.Select(u => u.Id), first, last),
            _ => Submissions(units.Select(u => u.Id), first, last),
        };
    }

    /// <summary>
    /// The official values of the provinces <paramref name="reach"/> reaches (above or within its unit), one row per
    /// sub-dimension, in the current revision of each release whose survey year is in the range. Dimension scores,
    /// totals and ranks are derived from these (the rankings give them); the publisher's printed total comes with each row.
    /// </summary>
    private ExportTable Scores(AccessScope reach, int firstYear, int lastYear) => Table("scores",
        ["framework", "framework_version", "survey_year", "revision", "province_id", "province_code", "province_name_vi",
         "dimension", "sub_dimension", "sub_dimension_name_vi", "value", "published_total"],
        from s in db.ProvinceScores.AsNoTracking()
        join e in db.ReleaseEntries on s.ReleaseEntryId equals e.Id
        join r in db.ScoreReleases on e.ScoreReleaseId equals r.Id
        where e.Revision == r.Revision && r.SurveyYear >= firstYear && r.SurveyYear <= lastYear
        join p in db.OrgUnits.Where(reach.Reaches<OrgUnit>(u => u.Path)) on e.ProvinceId equals p.Id
        from f in db.Frameworks
        from v in f.Versions
        where v.Id == r.FrameworkVersionId
        from d in v.Dimensions
        from sd in d.SubDimensions
        where sd.Id == s.SubDimensionId
        orderby f.Code, r.SurveyYear, p.Code, p.Id, d.Position, sd.Position
        select new
        {
            Framework = f.Code, Version = v.Code, r.SurveyYear, r.Revision, ProvinceId = p.Id, p.Code, p.NameVi,
            Dimension = d.Code, SubDimension = sd.Code, SubDimensionName = sd.NameVi, s.Value, e.PublishedTotal,
        },
        r => new object?[]
        {
            r.Framework, r.Version, r.SurveyYear, r.Revision, r.ProvinceId, r.Code, r.NameVi, r.Dimension, r.SubDimension, r.SubDimensionName, r.Value, r.PublishedTotal,
        });

    /// <summary>Units active at some time in the range.</summary>
    private static ExportTable Units(IQueryable<OrgUnit> units, DateOnly first, DateOnly last) => Table("units",
        ["id", "code", "kind", "name_vi", "name_en", "parent_id", "reports_to_id", "active_from", "active_to", "successor_id", "path"],
        units.Where(u => u.ActiveFrom <= last && (u.ActiveTo == null || u.ActiveTo >= first)).OrderBy(u => u.Path),
        u => new object?[] { u.Id, u.Code, u.Kind, u.NameVi, u.NameEn, u.ParentId, u.ReportsToId, u.ActiveFrom, u.ActiveTo, u.SuccessorId, u.Path });

    /// <summary>Actions of the plans the caller reads with a part for a unit of the subtree, whose schedule meets the range; with each one's latest progress report.</summary>
    private ExportTable Actions(IQueryable<Domain.Plans.Plan> plans, IQueryable<int> unitIds, DateOnly first, DateOnly last) => Table("actions",
        ["id", "plan_id", "code", "kind", "text_vi", "status", "start_date", "due_date", "recurring", "completed_on",
         "latest_progress_id", "latest_reported_on", "latest_unit_id", "latest_status", "latest_percent", "latest_narrative"],
        from a in db.ActionItems.AsNoTracking()
        where plans.Select(p => p.Id).Contains(a.PlanId) && a.Units.Any(u => unitIds.Contains(u.UnitId))
        where (a.StartDate == null || a.StartDate <= last) && (a.DueDate == null || a.DueDate >= first)
        orderby a.PlanId, a.Code
        select new
        {
            Action = a,
            Latest = db.ActionProgress.Where(p => p.ActionItemId == a.Id).OrderByDescending(p => p.RecordedAt).ThenByDescending(p => p.Id).FirstOrDefault(),
        },
        r => new object?[]
        {
            r.Action.Id, r.Action.PlanId, r.Action.Code, r.Action.Kind, r.Action.TextVi, r.Action.Status, r.Action.StartDate, r.Action.DueDate,
            r.Action.Recurring, r.Action.CompletedOn, (long?)r.Latest!.Id, (DateOnly?)r.Latest.ReportedOn, (int?)r.Latest.UnitId,
            (Domain.Plans.ActionStatus?)r.Latest.Status, (int?)r.Latest.Percent, r.Latest.Narrative,
        });

    /// <summary>Obligations of the subtree's units whose due day (or extension) falls in the range, with their report's state.</summary>
    private ExportTable Obligations(IQueryable<int> unitIds, DateOnly first, DateOnly last) => Table("obligations",
        ["id", "period_id", "period_kind", "year", "unit_id", "recipient_id", "due_on", "extended_to", "submission_id", "submission_status"],
        from o in db.ReportObligations.AsNoTracking()
        join period in db.ReportingPeriods on o.PeriodId equals period.Id
        where unitIds.Contains(o.UnitId) && period.DueOn <= last && (o.ExtendedTo ?? period.DueOn) >= first
        orderby period.DueOn, o.Id
        select new { Obligation = o, Period = period, Submission = db.ReportSubmissions.FirstOrDefault(s => s.ObligationId == o.Id) },
        r => new object?[]
        {
            r.Obligation.Id, r.Period.Id, r.Period.Kind, r.Period.Year, r.Obligation.UnitId, r.Obligation.RecipientId, r.Period.DueOn,
            r.Obligation.ExtendedTo, (int?)r.Submission!.Id, (Domain.Reporting.SubmissionStatus?)r.Submission.Status,
        });

    /// <summary>Reports of the subtree's units last submitted within the range (Việt Nam days); drafts never sent have no day and are left out when a range is given.</summary>
    private ExportTable Submissions(IQueryable<int> unitIds, DateOnly first, DateOnly last)
    {
        var after = first == DateOnly.MinValue ? DateTimeOffset.MinValue : VietnamTime.EndOfDay(first.AddDays(-1));
        var until = last == DateOnly.MaxValue ? DateTimeOffset.MaxValue : VietnamTime.EndOfDay(last);
        var unbounded = first == DateOnly.MinValue && last == DateOnly.MaxValue;
        return Table("submissions",
            ["id", "obligation_id", "unit_id", "status", "submitted_at", "on_time", "reviewed_at", "return_reason", "versions"],
            from s in db.ReportSubmissions.AsNoTracking()
            join o in db.ReportObligations on s.ObligationId equals o.Id
            where unitIds.Contains(o.UnitId)
            where unbounded || (s.SubmittedAt > after && s.SubmittedAt <= until)
            orderby s.Id
            select new { Submission = s, o.UnitId, Versions = s.Versions.Count },
            r => new object?[]
            {
                r.Submission.Id, r.Submission.ObligationId, r.UnitId, r.Submission.Status, r.Submission.SubmittedAt, r.Submission.OnTime,
                r.Submission.ReviewedAt, r.Submission.ReturnReason, r.Versions,
            });
    }

    private static ExportTable Table<T>(string kind, string[] columns, IQueryable<T> rows, Expression<Func<T, object?[]>> row) =>
        new(kind, columns, rows.Select(row).AsAsyncEnumerable());
}

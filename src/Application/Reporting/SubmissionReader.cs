using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.ActionItems;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Documents;
using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

internal static class SubmissionReader
{
    /// <summary>The report as it stands: live content while editable, the last version's once sent.</summary>
    public static async Task<SubmissionDto> SubmissionDtoAsync(this IApplicationDbContext db, ReportSubmission s, ObligationContext context, CancellationToken ct)
    {
        var content = s.IsEditable || s.Versions.Count == 0
            ? await db.ReportContentAsync(s, context, ct)
            : ReportContent.FromJson(s.Versions.MaxBy(v => v.Number)!.Content);
        return new SubmissionDto(s.Id, s.ObligationId, s.Status, s.NarrativesByDimension, s.UnitPlan, content.Actions, content.Attachments,
            s.SubmittedAt, s.OnTime, s.ReturnReason, s.ReviewedAt, s.Versions.OrderBy(v => v.Number).Select(SubmissionVersionDto.From).ToList());
    }

    /// <summary>The report before anything is saved: the unit's actions and their progress, so the first look is right.</summary>
    public static async Task<SubmissionDto> UnsavedSubmissionDtoAsync(this IApplicationDbContext db, ObligationContext context, CancellationToken ct)
    {
        var content = await db.ReportContentAsync(null, context, ct);
        return new SubmissionDto(null, context.Obligation.Id, null, content.Narratives, content.UnitPlan, content.Actions, content.Attachments,
            null, null, null, null, []);
    }

    /// <summary>
    /// What the unit would send now: its narratives and attachments (none before a first save), and for each action it
    /// leads or helps with, its latest progress report dated up to the period's data cut-off, with that report's evidence.
    /// </summary>
    public static async Task<ReportContent> ReportContentAsync(this IApplicationDbContext db, ReportSubmission? s, ObligationContext context, CancellationToken ct)
    {
        var unitId = context.Obligation.UnitId;
        var upTo = context.Period.DataCutOff ?? context.Period.CoverageTo;
        var actions = await (from a in db.ActionItems.AsNoTracking()
                             where a.PlanId == context.Period.PlanId
                             from part in a.Units
                             where part.UnitId == unitId
                             orderby a.Code
                             select new { a.Id, a.Code, a.TextVi, a.TextEn, part.Role }).ToListAsync(ct);
        var actionIds = actions.Select(a => a.Id).ToList();
        var latest = await db.ActionProgress.AsNoTracking()
            .Where(p => p.UnitId == unitId && actionIds.Contains(p.ActionItemId) && p.ReportedOn <= upTo)
            .GroupBy(p => p.ActionItemId)
            .Select(g => g.OrderByDescending(p => p.ReportedOn).ThenByDescending(p => p.Id).First())
            .ToDictionaryAsync(p => p.ActionItemId, ct);
        var progressIds = latest.Values.Select(p => p.Id).ToList();
        var evidenceFiles = await db.EvidenceFiles.AsNoTracking().Where(e => progressIds.Contains(e.ActionProgressId)).OrderBy(e => e.Id).ToListAsync(ct);
        var attachments = s is null ? [] : await db.ReportAttachments.AsNoTracking().Where(a => a.SubmissionId == s.Id).OrderBy(a => a.Id).ToListAsync(ct);
        var signatures = await db.SignaturesOfAsync(evidenceFiles.Select(e => e.Sha256).Concat(attachments.Select(a => a.Sha256)), ct);
        var evidence = evidenceFiles.ToLookup(e => e.ActionProgressId, e => EvidenceDto.From(e, signatures));

        var reported = actions.Select(a => latest.GetValueOrDefault(a.Id) is { } p
            ? new ReportedActionDto(a.Id, a.Code, a.TextVi, a.TextEn, a.Role, p.Id, p.Status, p.Percent, p.Narrative, p.ReportedOn, evidence[p.Id].ToList())
            : new ReportedActionDto(a.Id, a.Code, a.TextVi, a.TextEn, a.Role, null, null, null, null, null, [])).ToList();
        return new ReportContent(s?.NarrativesByDimension ?? new Dictionary<string, string>(), s?.UnitPlan ?? new UnitPlanDocument(null, null, null, []),
            reported, attachments.Select(a => AttachmentDto.From(a, signatures)).ToList());
    }
}

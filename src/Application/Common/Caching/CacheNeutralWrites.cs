using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Common.Caching;

/// <summary>
/// Columns no cached answer reads: a draft's words and the unit plan it names (the counts read a report's
/// state, never its text). A save that changes only these leaves the caches as they are — on a deadline day
/// most writes are the report form's autosaves. Add a column here only if no <see cref="CachedUntilChangedAttribute"/>
/// query reads it.
/// </summary>
public static class CacheNeutralWrites
{
    /// <summary>The columns, by entity type and property; a test reads every cached query's SQL for them.</summary>
    public static readonly IReadOnlySet<(Type Entity, string Property)> Columns = new HashSet<(Type Entity, string Property)>
    {
        (typeof(ReportSubmission), nameof(ReportSubmission.Narratives)),
        (typeof(ReportSubmission), nameof(ReportSubmission.UnitPlanNumber)),
        (typeof(ReportSubmission), nameof(ReportSubmission.UnitPlanIssuedOn)),
        (typeof(ReportSubmission), nameof(ReportSubmission.UnitPlanDocumentId)),
        (typeof(ReportSubmission), nameof(ReportSubmission.CommittedActionIds)),
    };

    public static bool Covers(Type entity, IEnumerable<string> modifiedProperties)
    {
        var modified = modifiedProperties.ToList();
        return modified.Count > 0 && modified.All(property => Columns.Contains((entity, property)));
    }
}

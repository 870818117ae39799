using PapiTracker.Domain.Reporting;

namespace PapiTracker.Application.Reporting;

/// <summary>
/// Where a set of obligations stands: expected, submitted (on time or late), missing once locked,
/// returned, approved. A rate is a share of <c>Expected</c>, so it never exceeds 1.
/// </summary>
public sealed record ReportCounts(int Expected, int Submitted, int OnTime, int Late, int Missing, int Returned, int Approved)
{
    public decimal SubmittedRate => Rate(Submitted);
    public decimal OnTimeRate => Rate(OnTime);

    /// <summary>Counts from report states, each standing for <c>Count</c> obligations (a grouped query's rows).</summary>
    internal static ReportCounts Of(IEnumerable<ReportState> states)
    {
        int expected = 0, submitted = 0, onTime = 0, late = 0, missing = 0, returned = 0, approved = 0;
        foreach (var s in states)
        {
            expected += s.Count;
            if (s.Status is SubmissionStatus.Submitted or SubmissionStatus.Approved or SubmissionStatus.Returned)
                submitted += s.Count;
            if (s.OnTime == true)
                onTime += s.Count;
            if (s.OnTime == false)
                late += s.Count;
            if (s.Missing)
                missing += s.Count;
            if (s.Status == SubmissionStatus.Returned)
                returned += s.Count;
            if (s.Status == SubmissionStatus.Approved)
                approved += s.Count;
        }
        return new ReportCounts(expected, submitted, onTime, late, missing, returned, approved);
    }

    private decimal Rate(int part) => Expected == 0 ? 0 : Math.Round((decimal)part / Expected, 4);
}

/// <summary>The state of <c>Count</c> obligations' reports: no report yet (null), a draft, or further; missing once the period locked.</summary>
internal readonly record struct ReportState(SubmissionStatus? Status, bool? OnTime, bool Missing, int Count = 1);

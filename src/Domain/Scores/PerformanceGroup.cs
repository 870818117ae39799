namespace PapiTracker.Domain.Scores;

/// <summary>
/// Quartile group (nhóm) by rank. Computed here, not published: split as PAPI reports do, the top and
/// bottom quarters rounded up and the middle halved (63 ranked → 16/16/15/16).
/// </summary>
public enum PerformanceGroup
{
    /// <summary>Nhóm đạt điểm cao nhất.</summary>
    Best,

    /// <summary>Nhóm đạt điểm trung bình cao.</summary>
    HighAverage,

    /// <summary>Nhóm đạt điểm trung bình thấp.</summary>
    LowAverage,

    /// <summary>Nhóm đạt điểm thấp nhất.</summary>
    Poor,
}

public static class PerformanceGroups
{
    public static PerformanceGroup ForRank(int rank, int rankedOf)
    {
        var outer = (rankedOf + 3) / 4;
        var upperMiddle = (rankedOf - 2 * outer + 1) / 2;
        if (rank <= outer) return PerformanceGroup.Best;
        if (rank <= outer + upperMiddle) return PerformanceGroup.HighAverage;
        if (rank <= rankedOf - outer) return PerformanceGroup.LowAverage;
        return PerformanceGroup.Poor;
    }
}

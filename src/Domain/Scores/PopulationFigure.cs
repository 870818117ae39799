using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Scores;

/// <summary>
/// A province-level unit's population (dân số) in a year as the operator imported it, with where the
/// figure comes from; the weight of the unit in a population-weighted estimate of a merged unit. One per
/// unit and year: a later import revises it. Every change is in the audit trail.
/// </summary>
public sealed class PopulationFigure : IAudited
{
    public const int SourceMaxLength = 260;
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    private PopulationFigure() { }

    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public int Year { get; private set; }
    public long Population { get; private set; }

    /// <summary>Who published the figure (e.g. "Niên giám thống kê 2024, GSO").</summary>
    public string Source { get; private set; } = "";

    /// <summary>Population figures are national reference data: their trail is for admins.</summary>
    string? IAudited.AuditUnitPath => null;

    public static PopulationFigure Record(int unitId, int year, long population, string source)
    {
        var figure = new PopulationFigure { UnitId = unitId, Year = year };
        figure.Revise(population, source);
        return figure;
    }

    /// <summary>Replaces the figure with a newer publication's.</summary>
    public void Revise(long population, string source)
    {
        if (population <= 0)
            throw new DomainException(Messages.PopulationNotPositive(population.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (Year is < FirstYear or > LastYear)
            throw new DomainException(Messages.PopulationYearOutOfRange(Year.ToString(System.Globalization.CultureInfo.InvariantCulture), FirstYear, LastYear));
        Population = population;
        Source = source;
    }
}

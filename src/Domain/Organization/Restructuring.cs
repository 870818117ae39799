using PapiTracker.Domain.Auditing;
using PapiTracker.Domain.Events;

namespace PapiTracker.Domain.Organization;

public enum RestructuringKind
{
    /// <summary>Old provinces → new provincial units (Resolution 202/2025/QH15).</summary>
    Provinces,

    /// <summary>Old communes of a province → new communes and wards.</summary>
    Communes,

    /// <summary>A level of the tree ends (the districts on 30/6/2025).</summary>
    EndLevel,
}

/// <summary>
/// One applied restructuring (sắp xếp đơn vị hành chính): what file or level, from which day, on what
/// legal basis, who applied it and what it did. Written once, with the changes, and audited.
/// </summary>
public sealed class Restructuring : IAudited, IRaisesEvents
{
    public const int LegalBasisMaxLength = 200;
    public const int FileNameMaxLength = 260;

    private readonly RaisedEvents _events = new();

    private Restructuring() { }

    public int Id { get; private set; }
    public RestructuringKind Kind { get; private set; }
    public DateOnly EffectiveOn { get; private set; }
    public string? LegalBasis { get; private set; }
    public string? FileName { get; private set; }

    /// <summary>SHA-256 of what was applied (the file's rows, or the level and date), to tell a re-apply.</summary>
    public string ContentSha256 { get; private set; } = "";
    public int? ProvinceId { get; private set; }
    public DateTimeOffset AppliedAt { get; private set; }
    public Guid? AppliedBy { get; private set; }
    public int? AppliedByTokenId { get; private set; }
    public int Ended { get; private set; }
    public int Created { get; private set; }
    public int Moved { get; private set; }
    public int Carried { get; private set; }
    public int NotCarried { get; private set; }

    /// <summary>The apply's full answer as JSON: every unit ended, created, moved, every item carried or not.</summary>
    public string Result { get; private set; } = "{}";

    string? IAudited.AuditUnitPath => null;

    RaisedEvents IRaisesEvents.Events => _events;

    /// <summary>The answer is written once the record has its id (the answer names it).</summary>
    public void KeepResult(string result) => Result = result;

    /// <param name="provincePaths">
    /// The provinces it restructured (the one whose communes or level changed; every province a provinces' mapping names, old
    /// and new), each told of in its own subtree as the other events are.
    /// </param>
    public static Restructuring Record(
        RestructuringKind kind, DateOnly effectiveOn, string? legalBasis, string? fileName, string contentSha256, int? provinceId,
        DateTimeOffset appliedAt, Guid? appliedBy, int? appliedByTokenId, (int Ended, int Created, int Moved, int Carried, int NotCarried) counts, string result,
        IEnumerable<string> provincePaths)
    {
        var record = new Restructuring
        {
            Kind = kind,
            EffectiveOn = effectiveOn,
            LegalBasis = legalBasis,
            FileName = fileName,
            ContentSha256 = contentSha256,
            ProvinceId = provinceId,
            AppliedAt = appliedAt,
            AppliedBy = appliedBy,
            AppliedByTokenId = appliedByTokenId,
            Ended = counts.Ended,
            Created = counts.Created,
            Moved = counts.Moved,
            Carried = counts.Carried,
            NotCarried = counts.NotCarried,
            Result = result,
        };
        foreach (var path in provincePaths.Distinct())
            record._events.Raise(new UnitsRestructured(record, path));
        return record;
    }
}

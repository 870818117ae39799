using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.Restructurings;

/// <summary>A unit a restructuring touches, as it stands after it: what happened to it in <see cref="Change"/>.</summary>
public sealed record RestructuredUnitDto(
    int Id, OrgUnitKind Kind, string? Code, string NameVi, DateOnly ActiveFrom, DateOnly? ActiveTo, int? SuccessorId, string? SuccessorCode, string Change);

/// <summary>A row that changes nothing, and why (an old commune the register does not hold, a repeated row).</summary>
public sealed record SkippedRowDto(int Row, string? Code, string NameVi, string Reason);

/// <summary>
/// Something that belonged to an ended unit and was passed on (an open obligation, a part in an
/// action, a role), or could not be, with the reason.
/// </summary>
public sealed record CarriedItemDto(string Item, long Id, string Description, int FromUnitId, int? ToUnitId, string? Reason);

/// <summary>
/// What a restructuring does (preview) or did (apply). <see cref="AlreadyApplied"/> says a re-apply
/// found everything done and wrote nothing.
/// </summary>
public sealed record RestructuringDto(
    int? Id,
    bool Applied,
    bool AlreadyApplied,
    RestructuringKind Kind,
    DateOnly EffectiveOn,
    string? LegalBasis,
    string? FileName,
    int? ProvinceId,
    DateTimeOffset? AppliedAt,
    IReadOnlyList<RestructuredUnitDto> Ended,
    IReadOnlyList<RestructuredUnitDto> Created,
    IReadOnlyList<RestructuredUnitDto> Historical,
    IReadOnlyList<RestructuredUnitDto> Continued,
    IReadOnlyList<RestructuredUnitDto> Moved,
    IReadOnlyList<RestructuredUnitDto> Repointed,
    IReadOnlyList<RestructuredUnitDto> WithoutSuccessor,
    IReadOnlyList<SkippedRowDto> Skipped,
    IReadOnlyList<CarriedItemDto> Carried,
    IReadOnlyList<CarriedItemDto> NotCarried);

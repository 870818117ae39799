namespace PapiTracker.Generator;

// One record per table row, with the values the app's own entities would hold. Enum columns are
// the enum member names: the app stores enums as strings.

public sealed record UnitRow(
    int Id, Guid Key, string Kind, string? Code, string NameVi, string? NameEn, string SearchKey, int? ParentId, string Path, int? ReportsToId);

public sealed record UserRow(Guid Id, string UserName, string DisplayName);

public sealed record RoleRow(int Id, Guid UserId, string Role, int? UnitId, string? UnitPath);

public sealed record PlanRow(
    int Id, int ProvinceId, string ProvincePath, string TitleVi, string TitleEn, string IssuerVi, string IssuerEn, string DocumentNumber,
    DateOnly IssuedOn, int BaselineYear, int TargetYear);

public sealed record TargetRow(int PlanId, string Kind, string? Code, decimal Value, string NoteVi);

public sealed record ActionRow(
    int Id, int PlanId, string Code, string Kind, string[] Dimensions, string[] SubDimensions, string TextVi, string TextEn, string SearchKey,
    DateOnly? StartDate, DateOnly? DueDate, bool Recurring, string? ReviewCadence, string Status, DateOnly? CompletedOn);

public sealed record ActionUnitRow(int ActionItemId, int UnitId, string Role);

public sealed record PeriodRow(
    int Id, int PlanId, string Kind, int Year, DateOnly CoverageFrom, DateOnly CoverageTo, DateOnly DueOn, DateOnly? LockOn, DateOnly? DataCutOff);

public sealed record ObligationRow(int Id, int PeriodId, int UnitId, int RecipientId, DateOnly? ExtendedTo, string? ExtensionReason);

public sealed record SubmissionRow(
    int Id, int ObligationId, string Status, string Narratives, DateTimeOffset DraftedAt, DateTimeOffset? SubmittedAt, Guid? SubmittedBy,
    bool? OnTime, string? ReturnReason, DateTimeOffset? ReviewedAt, Guid? ReviewedBy, string UnitPath);

public readonly record struct ProgressRow(
    long Id, int ActionItemId, int UnitId, Guid? AuthorId, DateTimeOffset RecordedAt, DateOnly ReportedOn, string Status, int Percent,
    string Narrative, string UnitPath);

using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.ActionItems;

public sealed record ActionProgressDto(
    long Id, int ActionItemId, int UnitId, string UnitNameVi, Guid? AuthorId, int? ApiTokenId, DateTimeOffset RecordedAt, DateOnly ReportedOn,
    ActionStatus Status, int Percent, string Narrative, IReadOnlyList<EvidenceDto> Evidence)
{
    public static ActionProgressDto From(ActionProgress p, string unitNameVi, IReadOnlyList<EvidenceDto> evidence) =>
        new(p.Id, p.ActionItemId, p.UnitId, unitNameVi, p.AuthorId, p.ApiTokenId, p.RecordedAt, p.ReportedOn, p.Status, p.Percent, p.Narrative, evidence);
}

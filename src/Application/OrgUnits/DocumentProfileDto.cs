using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits;

/// <summary>How a unit signs and addresses the documents PapiTracker writes for it.</summary>
public sealed record DocumentProfileDto(int UnitId, string Symbol, string? SigningAuthority, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients)
{
    public static DocumentProfileDto From(DocumentProfile profile) =>
        new(profile.UnitId, profile.Symbol, profile.SigningAuthority, profile.SignerTitle, profile.SignerName, profile.Recipients);
}

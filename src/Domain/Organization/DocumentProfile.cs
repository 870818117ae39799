using PapiTracker.Domain.Auditing;

namespace PapiTracker.Domain.Organization;

/// <summary>
/// How a unit issues the documents PapiTracker writes for it (Decree 30/2020/NĐ-CP): the symbol after the
/// number (<c>BC-SNV</c> in <c>Số: 15/BC-SNV</c>), who signs and in what capacity, and where copies go
/// (Nơi nhận). Kept by the unit's coordinator, so no signer or recipient is written into the code.
/// </summary>
public sealed class DocumentProfile : IAudited
{
    public const int SymbolMaxLength = 30;
    public const int SigningAuthorityMaxLength = 60;
    public const int SignerTitleMaxLength = 100;
    public const int SignerNameMaxLength = 100;
    public const int RecipientMaxLength = 200;
    public const int MaxRecipients = 20;

    /// <summary>The symbol's shape: the document type's letters, then the issuing body's (BC-SNV, BC-UBND, BC-PNV).</summary>
    public const string SymbolPattern = @"^[\p{Lu}0-9]+(-[\p{Lu}0-9&]+)+$";

    private string? _unitPath;

    private DocumentProfile() { }

    public DocumentProfile(OrgUnit unit)
    {
        UnitId = unit.Id;
        _unitPath = unit.Path;
    }

    public int UnitId { get; private set; }
    public string Symbol { get; private set; } = "";

    /// <summary>The capacity the signer signs in when not the head (<c>KT. GIÁM ĐỐC</c>, <c>TM. ỦY BAN NHÂN DÂN</c>); none when the head signs.</summary>
    public string? SigningAuthority { get; private set; }
    public string SignerTitle { get; private set; } = "";
    public string SignerName { get; private set; } = "";
    public IReadOnlyList<string> Recipients { get; private set; } = [];

    string? IAudited.AuditUnitPath => _unitPath;

    /// <summary>The profile as the coordinator gives it now; <paramref name="unit"/> scopes its audit trail.</summary>
    public void Keep(OrgUnit unit, string symbol, string? signingAuthority, string signerTitle, string signerName, IEnumerable<string> recipients)
    {
        _unitPath = unit.Path;
        Symbol = symbol.Trim();
        SigningAuthority = string.IsNullOrWhiteSpace(signingAuthority) ? null : signingAuthority.Trim();
        SignerTitle = signerTitle.Trim();
        SignerName = signerName.Trim();
        Recipients = recipients.Select(r => r.Trim()).ToList();
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Application.OrgUnits.Commands.KeepDocumentProfile;

/// <summary>
/// Sets how a unit issues the documents PapiTracker writes for it: the symbol after the number, the signer's
/// authority, title and name, and the recipients (a coordinator over the unit; audited). Replaces the whole profile.
/// </summary>
[RequiresPermission(Permission.ManageUnits)]
public sealed record KeepDocumentProfileCommand(
    int UnitId, string Symbol, string? SigningAuthority, string SignerTitle, string SignerName, IReadOnlyList<string> Recipients)
    : ICommand<DocumentProfileDto>;

public sealed class KeepDocumentProfileCommandValidator : AbstractValidator<KeepDocumentProfileCommand>
{
    public KeepDocumentProfileCommandValidator()
    {
        RuleFor(c => c.Symbol).NotEmpty().MaximumLength(DocumentProfile.SymbolMaxLength);
        RuleFor(c => c.Symbol).Matches(DocumentProfile.SymbolPattern).WithText(Messages.DocumentSymbolShape).When(c => !string.IsNullOrWhiteSpace(c.Symbol));
        RuleFor(c => c.SigningAuthority).MaximumLength(DocumentProfile.SigningAuthorityMaxLength);
        RuleFor(c => c.SignerTitle).NotEmpty().MaximumLength(DocumentProfile.SignerTitleMaxLength);
        RuleFor(c => c.SignerName).NotEmpty().MaximumLength(DocumentProfile.SignerNameMaxLength);
        RuleFor(c => c.Recipients).NotEmpty();
        RuleFor(c => c.Recipients.Count).LessThanOrEqualTo(DocumentProfile.MaxRecipients).WithText(Messages.RecipientsAtMost(DocumentProfile.MaxRecipients))
            .OverridePropertyName(nameof(KeepDocumentProfileCommand.Recipients)).When(c => c.Recipients is not null);
        RuleForEach(c => c.Recipients).NotEmpty().MaximumLength(DocumentProfile.RecipientMaxLength);
    }
}

public sealed class KeepDocumentProfileCommandHandler(IApplicationDbContext db, AccessControl access)
    : ICommandHandler<KeepDocumentProfileCommand, DocumentProfileDto>
{
    public async ValueTask<DocumentProfileDto> Handle(KeepDocumentProfileCommand command, CancellationToken cancellationToken)
    {
        var unit = await db.ForChangeAsync(access, command.UnitId, cancellationToken);
        var profile = await db.DocumentProfiles.SingleOrDefaultAsync(p => p.UnitId == unit.Id, cancellationToken);
        if (profile is null)
        {
            profile = new DocumentProfile(unit);
            db.DocumentProfiles.Add(profile);
        }
        profile.Keep(unit, command.Symbol, command.SigningAuthority, command.SignerTitle, command.SignerName, command.Recipients);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentProfileDto.From(profile);
    }
}

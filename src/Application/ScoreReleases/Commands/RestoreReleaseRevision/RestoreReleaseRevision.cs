using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ScoreReleases.Commands.RestoreReleaseRevision;

/// <summary>
/// Makes an earlier revision of a release current again by copying its values into a new revision (the
/// history only grows): rankings read it from the next request on, and the restore is audited like an import.
/// </summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record RestoreReleaseRevisionCommand(int Year, int Revision, string Framework = IndexFramework.DefaultCode) : ICommand<RestoredRevisionDto>;

/// <param name="Revision">The new current revision, a copy of <paramref name="RestoredFrom"/>.</param>
public sealed record RestoredRevisionDto(int SurveyYear, int Revision, int RestoredFrom, ReleaseChangesDto Changes);

public sealed class RestoreReleaseRevisionCommandValidator : AbstractValidator<RestoreReleaseRevisionCommand>
{
    public RestoreReleaseRevisionCommandValidator()
    {
        RuleFor(c => c.Year).IsSurveyYear();
        RuleFor(c => c.Revision).GreaterThan(0);
        RuleFor(c => c.Framework).NotEmpty();
    }
}

public sealed class RestoreReleaseRevisionCommandHandler(
    IApplicationDbContext db, StandingsReader standings, ReleaseRevisionWriter revisions, TimeProvider clock)
    : ICommandHandler<RestoreReleaseRevisionCommand, RestoredRevisionDto>
{
    public async ValueTask<RestoredRevisionDto> Handle(RestoreReleaseRevisionCommand command, CancellationToken cancellationToken)
    {
        var framework = await standings.FrameworkAsync(command.Framework, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var release = await db.ScoreReleases.OfYearAsync(framework, command.Year, cancellationToken);
        var restored = await db.ScoreReleaseRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ScoreReleaseId == release.Id && r.Number == command.Revision, cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ReleaseRevision, $"{framework.Code} {command.Year} revision {command.Revision}");
        if (restored.Number == release.Revision)
            throw new DomainException(Messages.RevisionIsCurrent(restored.Number, command.Year));

        var version = framework.VersionForYear(command.Year)!;
        var current = (await standings.ValuesAsync(framework, [release.Id], revision: null, cancellationToken))[release.Id];
        var values = (await standings.ValuesAsync(framework, [release.Id], restored.Number, cancellationToken))[release.Id];
        var changes = ReleaseChanges.Between(command.Year, version, current, values, framework.RulesFor(command.Year));
        var provinceIds = current.Concat(values).Select(p => p.ProvinceId).Distinct().ToList();
        var provinces = await db.OrgUnits.AsNoTracking().Where(u => provinceIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);

        release.StartRevision(restored.Source, clock.GetUtcNow());
        await revisions.WriteAsync(
            [new PendingRevision(release, RevisionKind.Restore, restored.Sha256, restored.Number, changes, Lines(version, values))],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RestoredRevisionDto(command.Year, release.Revision, restored.Number, ReleaseChangesDto.From(changes, provinces));
    }

    private static List<PendingLine> Lines(FrameworkVersion version, IEnumerable<ProvinceValues> values) =>
        values.Select(p => new PendingLine(
                p.ProvinceId,
                version.SubDimensions
                    .Where(s => p.BySubDimension.ContainsKey(s.Code))
                    .Select(s => (s, p.BySubDimension[s.Code]))
                    .ToList(),
                p.PublishedTotal))
            .ToList();
}

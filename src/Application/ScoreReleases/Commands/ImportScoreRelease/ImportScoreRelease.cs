using System.Security.Cryptography;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Scores;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Application.Common.Validation;

namespace PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

/// <summary>
/// Imports an official score file: one row per province and survey year, columns
/// <c>year, province_vi, province_en</c> and every sub-dimension code of the year's framework version (an
/// empty cell = not published). All or nothing: any bad row refuses the whole file. Each year in the file
/// becomes the next revision of that year's release; the revision before is kept. Provinces are matched,
/// never created. <paramref name="DryRun"/> only answers what the file would change; a re-import that
/// removes provinces or changes more than <see cref="ReleaseChanges.ShareNeedingConfirmation"/> of the
/// values needs <paramref name="Confirm"/>, else it is refused with the same answer.
/// </summary>
[RequiresPermission(Permission.ImportScores)]
public sealed record ImportScoreReleaseCommand(
    Stream Content, string FileName, long Length, string Framework = IndexFramework.DefaultCode, bool DryRun = false, bool Confirm = false)
    : ICommand<ImportScoreReleaseResult>;

public sealed class ImportScoreReleaseCommandValidator : AbstractValidator<ImportScoreReleaseCommand>
{
    public ImportScoreReleaseCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(ScoreRelease.SourceMaxLength);
        RuleFor(c => c.Length).GreaterThan(0).WithText(Messages.FileEmpty).OverridePropertyName("file");
        RuleFor(c => c.Framework).NotEmpty();
    }
}

/// <param name="DryRun">True when nothing was written: the years say what an import would do.</param>
/// <param name="Sha256">The file's SHA-256, lower-case hex, as the revision records it.</param>
public sealed record ImportScoreReleaseResult(bool DryRun, string Sha256, IReadOnlyList<ImportedYearDto> Years);

/// <summary>
/// What happens to one survey year: <c>Replaced</c> tells a re-import from a first import, <c>Revision</c>
/// is the revision the file becomes, <c>Changes</c> what it changes against the current revision.
/// </summary>
public sealed record ImportedYearDto(int SurveyYear, string FrameworkVersion, int Provinces, bool Replaced, int Revision, ReleaseChangesDto Changes);

/// <summary>A re-import that needs a confirmation was sent without one: nothing was written; <see cref="Years"/> is the preview.</summary>
public sealed class ImportNeedsConfirmationException(IReadOnlyList<ImportedYearDto> years)
    : NeedsConfirmationException(Messages.ImportNeedsConfirmation)
{
    public IReadOnlyList<ImportedYearDto> Years { get; } = years;
}

public sealed class ImportScoreReleaseCommandHandler(
    IApplicationDbContext db,
    ITableReader reader,
    StandingsReader standings,
    ReleaseRevisionWriter revisions,
    TimeProvider clock) : ICommandHandler<ImportScoreReleaseCommand, ImportScoreReleaseResult>
{
    public async ValueTask<ImportScoreReleaseResult> Handle(ImportScoreReleaseCommand command, CancellationToken cancellationToken)
    {
        UploadLimits.EnsureTableSize(command.Length);
        using var content = new MemoryStream();
        await command.Content.CopyToAsync(content, cancellationToken);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.GetBuffer().AsSpan(0, (int)content.Length)));
        content.Position = 0;

        var framework = await standings.FrameworkAsync(command.Framework, cancellationToken);
        var register = await ProvinceRegister.LoadAsync(db, cancellationToken);
        var rows = await ScoreFileParser.ParseAsync(reader, framework, register, content, command.FileName, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var years = rows.GroupBy(r => r.Year).OrderBy(g => g.Key).ToList();
        var yearsInFile = years.Select(y => y.Key).ToList();
        var versionIds = framework.Versions.Select(v => v.Id).ToList();
        var existing = await db.ScoreReleases
            .Where(r => versionIds.Contains(r.FrameworkVersionId) && yearsInFile.Contains(r.SurveyYear))
            .ToDictionaryAsync(r => r.SurveyYear, cancellationToken);
        var current = await standings.ValuesAsync(framework, existing.Values.Select(r => r.Id).ToList(), revision: null, cancellationToken);
        var provinceById = register.Provinces.ToDictionary(p => p.Id);

        var pending = new List<PendingRevision>();
        var answer = new List<ImportedYearDto>();
        foreach (var year in years)
        {
            var version = framework.VersionForYear(year.Key)!;
            var release = existing.GetValueOrDefault(year.Key);
            var after = year.Select(r => new ProvinceValues(r.Province.Id, r.Values.ToDictionary(v => v.SubDimension.Code, v => v.Value), r.PublishedTotal)).ToList();
            var changes = ReleaseChanges.Between(year.Key, version, release is null ? [] : current[release.Id], after, framework.RulesFor(year.Key));
            answer.Add(new ImportedYearDto(
                year.Key, version.Code, after.Count, release is not null, (release?.Revision ?? 0) + 1, ReleaseChangesDto.From(changes, provinceById)));
            if (command.DryRun)
                continue;
            if (release is null)
            {
                release = ScoreRelease.Create(version, year.Key, command.FileName, clock.GetUtcNow());
                db.ScoreReleases.Add(release);
            }
            else
                release.StartRevision(command.FileName, clock.GetUtcNow());
            pending.Add(new PendingRevision(
                release, RevisionKind.Import, sha256, RestoredFrom: null, changes,
                year.Select(r => new PendingLine(r.Province.Id, r.Values, r.PublishedTotal)).ToList()));
        }

        if (command.DryRun)
            return new ImportScoreReleaseResult(true, sha256, answer);
        if (!command.Confirm && answer.Any(y => y.Changes.NeedsConfirmation))
            throw new ImportNeedsConfirmationException(answer);
        await revisions.WriteAsync(pending, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportScoreReleaseResult(false, sha256, answer);
    }
}

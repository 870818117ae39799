using PapiTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Application.ScoreReleases;

public static class ReleaseOfYear
{
    /// <summary>The framework's release of a survey year; 404 when the year was never imported.</summary>
    public static async Task<ScoreRelease> OfYearAsync(this IQueryable<ScoreRelease> releases, IndexFramework framework, int year, CancellationToken ct)
    {
        var versionId = framework.VersionForYear(year)?.Id;
        return await releases.SingleOrDefaultAsync(r => r.FrameworkVersionId == versionId && r.SurveyYear == year, ct)
            ?? throw new NotFoundException(Messages.Resources.ScoreRelease, $"{framework.Code} {year}");
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.ActionItems.Queries.DownloadEvidence;

/// <summary>An evidence file's bytes, for callers whose scope covers the reporting unit; anyone else is told it does not exist.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record DownloadEvidenceQuery(long Id) : IQuery<FileDownload>;

public sealed class DownloadEvidenceQueryHandler(IApplicationDbContext db, AccessControl access, IFileStore files)
    : IQueryHandler<DownloadEvidenceQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadEvidenceQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var units = db.OrgUnits.Within(scope).Select(u => u.Id);
        var evidence = await db.EvidenceFiles.AsNoTracking()
            .Where(f => f.Id == query.Id && units.Contains(f.UnitId))
            .Select(f => new StoredFileName(f.Sha256, f.FileName, f.ContentType))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.EvidenceFile, query.Id);
        return files.Download(evidence);
    }
}

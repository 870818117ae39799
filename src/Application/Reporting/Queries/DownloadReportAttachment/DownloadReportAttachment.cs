using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Queries.DownloadReportAttachment;

/// <summary>A report's attachment, for the reporting and the receiving side; anyone else is told it does not exist.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record DownloadReportAttachmentQuery(long Id) : IQuery<FileDownload>;

public sealed class DownloadReportAttachmentQueryHandler(IApplicationDbContext db, AccessControl access, IFileStore files)
    : IQueryHandler<DownloadReportAttachmentQuery, FileDownload>
{
    public async ValueTask<FileDownload> Handle(DownloadReportAttachmentQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        var units = db.OrgUnits.Within(scope).Select(u => u.Id);
        var attachment = await (from a in db.ReportAttachments.AsNoTracking()
                                where a.Id == query.Id
                                join s in db.ReportSubmissions on a.SubmissionId equals s.Id
                                join o in db.ReportObligations on s.ObligationId equals o.Id
                                where units.Contains(o.UnitId) || units.Contains(o.RecipientId)
                                select new StoredFileName(a.Sha256, a.FileName, a.ContentType)).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(Messages.Resources.ReportAttachment, query.Id);
        return files.Download(attachment);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Queries.GetSubmission;

/// <summary>
/// The report of an obligation, for the reporting unit's side and the receiving unit's side; 404 for anyone else.
/// Before the first save it is the unsaved report (version 0): the unit's actions and progress, nothing written.
/// </summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetSubmissionQuery(int ObligationId) : IQuery<Versioned<SubmissionDto>>;

public sealed class GetSubmissionQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetSubmissionQuery, Versioned<SubmissionDto>>
{
    public async ValueTask<Versioned<SubmissionDto>> Handle(GetSubmissionQuery query, CancellationToken cancellationToken)
    {
        var context = await db.ObligationAsync(query.ObligationId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        if (!scope.Covers(context.UnitPath) && !scope.Covers(context.RecipientPath))
            throw new NotFoundException(Messages.Resources.ReportObligation, query.ObligationId);
        var submission = await db.ReportSubmissions.AsNoTracking().Include(s => s.Versions)
            .SingleOrDefaultAsync(s => s.ObligationId == query.ObligationId, cancellationToken);
        return submission is null
            ? new Versioned<SubmissionDto>(await db.UnsavedSubmissionDtoAsync(context, cancellationToken), 0)
            : new Versioned<SubmissionDto>(await db.SubmissionDtoAsync(submission, context, cancellationToken), submission.Version);
    }
}

using Mediator;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Reporting.Queries.GetSubmissionVersion;

/// <summary>One kept version of a report, as its receiver read it when it was sent, for the reporting and the receiving side.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetSubmissionVersionQuery(int SubmissionId, int Number) : IQuery<SubmissionVersionContentDto>;

/// <summary>A kept version with what it said.</summary>
public sealed record SubmissionVersionContentDto(SubmissionVersionDto Version, ReportContent Content);

public sealed class GetSubmissionVersionQueryHandler(IApplicationDbContext db, AccessControl access)
    : IQueryHandler<GetSubmissionVersionQuery, SubmissionVersionContentDto>
{
    public async ValueTask<SubmissionVersionContentDto> Handle(GetSubmissionVersionQuery query, CancellationToken cancellationToken)
    {
        var (submission, context) = await db.SubmissionAsync(query.SubmissionId, cancellationToken);
        var scope = await access.ScopeAsync(Permission.ReadPlans, cancellationToken);
        if (!scope.Covers(context.UnitPath) && !scope.Covers(context.RecipientPath))
            throw new NotFoundException(Messages.Resources.Report, query.SubmissionId);
        var version = submission.Versions.SingleOrDefault(v => v.Number == query.Number)
            ?? throw new NotFoundException(Messages.Resources.ReportVersion, query.Number);
        return new SubmissionVersionContentDto(SubmissionVersionDto.From(version), ReportContent.FromJson(version.Content));
    }
}

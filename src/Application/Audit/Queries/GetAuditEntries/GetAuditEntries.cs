using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;

namespace PapiTracker.Application.Audit.Queries.GetAuditEntries;

/// <summary>The audit trail, newest first, scoped like everything else: entries of system-wide records only for admins.</summary>
[RequiresPermission(Permission.ReadAudit)]
public sealed record GetAuditEntriesQuery(
    string? EntityType = null,
    string? EntityId = null,
    Guid? UserId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Page = 1,
    int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<AuditEntryDto>>;

/// <summary>One change; <c>UserDisplayName</c> and <c>ApiTokenName</c> say who, when the author still exists.</summary>
public sealed record AuditEntryDto(
    long Id, DateTimeOffset At, Guid? UserId, string? UserDisplayName, int? ApiTokenId, string? ApiTokenName, string EntityType, string EntityId,
    AuditAction Action, string Changes);

public sealed class GetAuditEntriesQueryValidator : AbstractValidator<GetAuditEntriesQuery>
{
    public GetAuditEntriesQueryValidator()
    {
        RuleFor(q => q.EntityType).MaximumLength(AuditEntry.EntityTypeMaxLength);
        RuleFor(q => q.EntityId).MaximumLength(AuditEntry.EntityIdMaxLength);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class GetAuditEntriesQueryHandler(IApplicationDbContext db, IIdentityService identity, AccessControl access)
    : IQueryHandler<GetAuditEntriesQuery, PagedList<AuditEntryDto>>
{
    public async ValueTask<PagedList<AuditEntryDto>> Handle(GetAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadAudit, cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!scope.Everywhere)
            entries = entries.Where(e => e.UnitPath != null).Where(scope.Contains<AuditEntry>(e => e.UnitPath!));
        if (query.EntityType is not null) entries = entries.Where(e => e.EntityType == query.EntityType);
        if (query.EntityId is not null) entries = entries.Where(e => e.EntityId == query.EntityId);
        if (query.UserId is not null) entries = entries.Where(e => e.UserId == query.UserId);
        if (query.From is not null) entries = entries.Where(e => e.At >= query.From);
        if (query.To is not null) entries = entries.Where(e => e.At <= query.To);

        var page = await (from e in entries
                          join token in db.ApiTokens on e.ApiTokenId equals token.Id into tokens
                          from token in tokens.DefaultIfEmpty()
                          orderby e.Id descending
                          select new AuditEntryDto(e.Id, e.At, e.UserId, null, e.ApiTokenId, token == null ? null : token.Name, e.EntityType, e.EntityId, e.Action, e.Changes))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
        var names = await identity.DisplayNamesAsync(page.Items.Select(e => e.UserId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        return page with
        {
            Items = page.Items.Select(e => e with { UserDisplayName = e.UserId is { } id ? names.GetValueOrDefault(id) : null }).ToList(),
        };
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Auditing;

namespace PapiTracker.Application.Audit.Queries.GetAuditEntries;

/// <summary>
/// The audit trail, newest first, scoped like everything else: entries of system-wide records only for
/// admins. Paged by key, not by number: <c>Before</c> is the <see cref="AuditPageDto.NextBefore"/> of the
/// page before, so a page costs its own rows, never a count of millions of entries.
/// </summary>
[RequiresPermission(Permission.ReadAudit)]
public sealed record GetAuditEntriesQuery(
    string? EntityType = null,
    string? EntityId = null,
    Guid? UserId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    long? Before = null,
    int PageSize = PagedList<object>.DefaultPageSize) : IQuery<AuditPageDto>;

/// <summary>Entries older than the page's last one are asked for with <c>before=NextBefore</c>; null when there are none.</summary>
public sealed record AuditPageDto(IReadOnlyList<AuditEntryDto> Items, int PageSize, long? NextBefore);

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
        RuleFor(q => q.Before).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, PagedList<object>.MaxPageSize);
    }
}

public sealed class GetAuditEntriesQueryHandler(IApplicationDbContext db, IIdentityService identity, AccessControl access)
    : IQueryHandler<GetAuditEntriesQuery, AuditPageDto>
{
    public async ValueTask<AuditPageDto> Handle(GetAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(Permission.ReadAudit, cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!scope.Everywhere)
            entries = entries.Where(e => e.UnitPath != null).Where(scope.Contains<AuditEntry>(e => e.UnitPath!));
        if (query.EntityType is not null) entries = entries.Where(e => e.EntityType == query.EntityType);
        if (query.EntityId is not null) entries = entries.Where(e => e.EntityId == query.EntityId);
        if (query.UserId is not null) entries = entries.Where(e => e.UserId == query.UserId);
        // Compared in UTC: Npgsql writes only UTC values to a timestamptz, and a caller may well send Việt Nam's +07:00.
        if (query.From is { } from) entries = entries.Where(e => e.At >= from.ToUniversalTime());
        if (query.To is { } to) entries = entries.Where(e => e.At <= to.ToUniversalTime());
        if (query.Before is not null) entries = entries.Where(e => e.Id < query.Before);

        // One row more than the page tells whether there are older ones.
        var rows = await (from e in entries
                          join token in db.ApiTokens on e.ApiTokenId equals token.Id into tokens
                          from token in tokens.DefaultIfEmpty()
                          orderby e.Id descending
                          select new AuditEntryDto(e.Id, e.At, e.UserId, null, e.ApiTokenId, token == null ? null : token.Name, e.EntityType, e.EntityId, e.Action, e.Changes))
            .Take(query.PageSize + 1)
            .ToListAsync(cancellationToken);
        var page = rows.Take(query.PageSize).ToList();
        var names = await identity.DisplayNamesAsync(page.Select(e => e.UserId).OfType<Guid>().Distinct().ToList(), cancellationToken);
        return new AuditPageDto(
            page.Select(e => e with { UserDisplayName = e.UserId is { } id ? names.GetValueOrDefault(id) : null }).ToList(),
            query.PageSize,
            rows.Count > query.PageSize ? page[^1].Id : null);
    }
}

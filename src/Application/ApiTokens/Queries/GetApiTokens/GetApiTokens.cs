using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.ApiTokens.Queries.GetApiTokens;

[RequiresPermission(Permission.ManageApiTokens)]
public sealed record GetApiTokensQuery(int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<ApiTokenDto>>;

public sealed class GetApiTokensQueryValidator : AbstractValidator<GetApiTokensQuery>
{
    public GetApiTokensQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetApiTokensQueryHandler(IApplicationDbContext db) : IQueryHandler<GetApiTokensQuery, PagedList<ApiTokenDto>>
{
    public async ValueTask<PagedList<ApiTokenDto>> Handle(GetApiTokensQuery query, CancellationToken cancellationToken)
    {
        var tokens = db.ApiTokens.AsNoTracking();
        var total = await tokens.CountAsync(cancellationToken);
        var items = await tokens
            .OrderByDescending(t => t.CreatedAt)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(t => new ApiTokenDto(t.Id, t.Name, t.Prefix, t.Scopes, t.UnitId, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
            .ToListAsync(cancellationToken);
        return new PagedList<ApiTokenDto>(items, query.Page, query.PageSize, total);
    }
}

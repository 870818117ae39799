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
        return await db.ApiTokens.AsNoTracking()
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new ApiTokenDto(t.Id, t.Name, t.Prefix, t.Scopes, t.UnitId, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
            .ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}

using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Users.Queries.GetUsers;

[RequiresPermission(Permission.ManageUsers)]
public sealed record GetUsersQuery(string? Search = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<UserDto>>;

public sealed class GetUsersQueryValidator : AbstractValidator<GetUsersQuery>
{
    public GetUsersQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class GetUsersQueryHandler(IIdentityService identity) : IQueryHandler<GetUsersQuery, PagedList<UserDto>>
{
    public async ValueTask<PagedList<UserDto>> Handle(GetUsersQuery query, CancellationToken cancellationToken) =>
        await identity.ListAsync(query.Search, query.Page, query.PageSize, cancellationToken);
}

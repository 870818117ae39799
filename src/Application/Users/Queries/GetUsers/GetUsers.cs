using FluentValidation;
using Mediator;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Users.Queries.GetUsers;

/// <summary>A page of user accounts, each with the roles it holds, so the admin sees what to grant or revoke.</summary>
[RequiresPermission(Permission.ManageUsers)]
public sealed record GetUsersQuery(string? Search = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<UserAccountDto>>;

/// <summary>A user account as the admin list shows it: who it is and the roles it holds at which units.</summary>
public sealed record UserAccountDto(Guid Id, string UserName, string DisplayName, string? Email, IReadOnlyList<RoleAtUnitDto> Roles);

public sealed class GetUsersQueryValidator : AbstractValidator<GetUsersQuery>
{
    public GetUsersQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class GetUsersQueryHandler(IIdentityService identity, IApplicationDbContext db) : IQueryHandler<GetUsersQuery, PagedList<UserAccountDto>>
{
    public async ValueTask<PagedList<UserAccountDto>> Handle(GetUsersQuery query, CancellationToken cancellationToken)
    {
        var users = await identity.ListAsync(query.Search, query.Page, query.PageSize, cancellationToken);
        var roles = await RolesHeld.OfAsync(db, users.Items.Select(u => u.Id).ToList(), cancellationToken);
        var accounts = users.Items.Select(u => new UserAccountDto(u.Id, u.UserName, u.DisplayName, u.Email, roles[u.Id].ToList())).ToList();
        return new PagedList<UserAccountDto>(accounts, users.Page, users.PageSize, users.TotalCount);
    }
}

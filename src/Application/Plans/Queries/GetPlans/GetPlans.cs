using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.Plans.Queries.GetPlans;

/// <summary>The plans the caller's province issued (or all, for national users), newest baseline first.</summary>
[RequiresPermission(Permission.ReadPlans)]
public sealed record GetPlansQuery(int Page = 1, int PageSize = PagedList<object>.DefaultPageSize) : IQuery<PagedList<PlanSummaryDto>>;

public sealed class GetPlansQueryValidator : AbstractValidator<GetPlansQuery>
{
    public GetPlansQueryValidator() => this.ValidPage(q => q.Page, q => q.PageSize);
}

public sealed class GetPlansQueryHandler(IApplicationDbContext db, AccessControl access) : IQueryHandler<GetPlansQuery, PagedList<PlanSummaryDto>>
{
    public async ValueTask<PagedList<PlanSummaryDto>> Handle(GetPlansQuery query, CancellationToken cancellationToken)
    {
        var plans = from plan in await db.VisiblePlansAsync(access, cancellationToken)
                    join province in db.OrgUnits on plan.ProvinceId equals province.Id
                    orderby plan.BaselineYear descending, province.NameVi
                    select new PlanSummaryDto(
                        plan.Id, plan.ProvinceId, province.NameVi, plan.Framework, plan.TitleVi, plan.TitleEn, plan.DocumentNumber,
                        plan.IssuedOn, plan.BaselineYear, plan.TargetYear, plan.Status,
                        db.ActionItems.Count(a => a.PlanId == plan.Id && a.Kind == ActionKind.Action));
        return await plans.ToPagedListAsync(query.Page, query.PageSize, cancellationToken);
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Models;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Provinces.Queries.SearchProvinces;

/// <summary>Provinces whose Vietnamese or English name contains the search text, accents ignored ("bac giang" finds Bắc Giang).</summary>
[RequiresPermission(Permission.ReadScores)]
public sealed record SearchProvincesQuery(string? Search = null, int Page = 1, int PageSize = PagedList<object>.DefaultPageSize)
    : IQuery<PagedList<ProvinceDto>>;

public sealed class SearchProvincesQueryValidator : AbstractValidator<SearchProvincesQuery>
{
    public SearchProvincesQueryValidator()
    {
        RuleFor(q => q.Search).MaximumLength(OrgUnit.NameMaxLength);
        this.ValidPage(q => q.Page, q => q.PageSize);
    }
}

public sealed class SearchProvincesQueryHandler(IApplicationDbContext db) : IQueryHandler<SearchProvincesQuery, PagedList<ProvinceDto>>
{
    public async ValueTask<PagedList<ProvinceDto>> Handle(SearchProvincesQuery query, CancellationToken cancellationToken)
    {
        var provinces = db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Province);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var folded = VietnameseText.Fold(query.Search);
            provinces = provinces.Where(u => u.SearchKey.Contains(folded));
        }
        // A country has at most a few dozen provinces: sorting them with Vietnamese collation in memory is cheaper than a database collation.
        var found = await provinces.Select(ProvinceDto.FromUnit).ToListAsync(cancellationToken);
        return PagedList<ProvinceDto>.Of(found.OrderBy(p => p.NameVi, VietnameseText.Order), query.Page, query.PageSize);
    }
}

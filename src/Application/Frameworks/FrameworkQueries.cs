using Microsoft.EntityFrameworkCore;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.Frameworks;

public static class FrameworkQueries
{
    /// <summary>Frameworks with their whole structure: versions by year, dimensions and sub-dimensions in their order.</summary>
    public static IQueryable<IndexFramework> WithStructure(this IQueryable<IndexFramework> frameworks) =>
        frameworks.AsNoTracking()
            .Include(f => f.Versions.OrderBy(v => v.FirstYear))
            .ThenInclude(v => v.Dimensions.OrderBy(d => d.Position))
            .ThenInclude(d => d.SubDimensions.OrderBy(s => s.Position));
}

using Microsoft.EntityFrameworkCore;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.Frameworks;

public static class FrameworkQueries
{
    /// <summary>Frameworks with their whole structure: versions, dimensions, sub-dimensions.</summary>
    public static IQueryable<IndexFramework> WithStructure(this IQueryable<IndexFramework> frameworks) =>
        frameworks.AsNoTracking().Include(f => f.Versions).ThenInclude(v => v.Dimensions).ThenInclude(d => d.SubDimensions);
}

using PapiTracker.Application.Frameworks.Commands.DefineFramework;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Infrastructure.Data.Catalogue;

/// <summary>
/// PAPI as reference data, written into the database by migrations: read from its framework file
/// (<c>docs/frameworks/papi.json</c>, the same format <c>POST /frameworks</c> takes for other indices)
/// and checked by the same rules. Ids are fixed so migrations stay stable: version = its position,
/// dimension = version × 100 + n, sub-dimension = dimension × 10 + k.
/// </summary>
internal static class FrameworkCatalogue
{
    private const int PapiId = 1;

    private static readonly Lazy<IndexFramework> Papi = new(() =>
    {
        using var file = typeof(FrameworkCatalogue).Assembly.GetManifestResourceStream("frameworks/papi.json")
            ?? throw new InvalidOperationException("frameworks/papi.json is not embedded.");
        return FrameworkFile.Read(file, "papi.json").ToFramework();
    });

    public static object[] Frameworks =>
    [
        new
        {
            Id = PapiId,
            Papi.Value.Code,
            Papi.Value.NameVi,
            Papi.Value.NameEn,
            Papi.Value.PublishedDecimals,
            Papi.Value.HigherIsBetter,
            Papi.Value.PublishTopN,
            Papi.Value.PublishTopNFrom,
            Papi.Value.TotalColumn,
            Papi.Value.TotalTolerance,
            Papi.Value.Estimate,
            // IgnoredColumns: PAPI's is empty, the column's default; a list in seed data would compare by
            // reference and every model check would see a change.
        },
    ];

    public static object[] Versions =>
        Papi.Value.Versions.Select((v, i) => (object)new
        {
            Id = i + 1,
            FrameworkId = PapiId,
            v.Code,
            v.FirstYear,
            v.LastYear,
            v.Changes,
            v.TotalAggregationMethod,
            v.TotalAggregationFactor,
        }).ToArray();

    public static object[] Dimensions =>
        Papi.Value.Versions.SelectMany((v, i) => v.Dimensions.Select((d, n) => (object)new
        {
            Id = DimensionId(i, n),
            FrameworkVersionId = i + 1,
            d.Code,
            d.Position,
            d.NameVi,
            d.NameEn,
            d.AggregationMethod,
            d.AggregationFactor,
            d.Weight,
        })).ToArray();

    public static object[] SubDimensions =>
        Papi.Value.Versions.SelectMany((v, i) => v.Dimensions.SelectMany((d, n) => d.SubDimensions.Select((s, k) => (object)new
        {
            Id = DimensionId(i, n) * 10 + k + 1,
            DimensionId = DimensionId(i, n),
            s.Code,
            s.Position,
            s.NameVi,
            s.NameEn,
            s.ScaleMin,
            s.ScaleMax,
            s.Unit,
            s.Weight,
        }))).ToArray();

    private static int DimensionId(int versionIndex, int dimensionIndex) => (versionIndex + 1) * 100 + dimensionIndex + 1;
}

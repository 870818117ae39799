using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;
using Riok.Mapperly.Abstractions;

namespace PapiTracker.Application.Frameworks;

/// <param name="HigherIsBetter">Direction: false when a lower score ranks first.</param>
/// <param name="PublishTopN">The publisher ranks only its first N from <paramref name="PublishTopNFrom"/> on; the others are unranked.</param>
/// <param name="TotalColumn">The file column of the publisher's own total, kept as the official figure; null when totals are only derived.</param>
/// <param name="TotalTolerance">A derived total further than this from the published one is flagged.</param>
/// <param name="Estimate">How a merged unit is estimated from its predecessors when a reader asks for no method.</param>
public sealed record FrameworkDto(
    string Code, string NameVi, string NameEn, int PublishedDecimals, IReadOnlyList<FrameworkVersionDto> Versions,
    bool HigherIsBetter, int? PublishTopN, int? PublishTopNFrom, string? TotalColumn, decimal TotalTolerance, IReadOnlyList<string> IgnoredColumns,
    EstimateMethod Estimate)
{
    /// <summary>The survey years with an imported release, oldest first: a reader offers only an index that has some.</summary>
    public IReadOnlyList<int> ReleaseYears { get; init; } = [];
}

/// <param name="TotalAggregationMethod">How the dimensions make the total (PAPI: Sum).</param>
/// <param name="TotalAggregationFactor">Multiplies the total (PCI: 10).</param>
/// <param name="TotalScaleMin">The lowest total the version's rule can give (PAPI 2019: 8), what a chart's axis starts from.</param>
/// <param name="TotalScaleMax">The highest (PAPI: 80, PCI: 100).</param>
public sealed record FrameworkVersionDto(
    string Code, int FirstYear, int? LastYear, IReadOnlyList<DimensionDto> Dimensions,
    string? Changes, AggregationMethod TotalAggregationMethod, decimal TotalAggregationFactor, decimal TotalScaleMin, decimal TotalScaleMax);

/// <param name="Weight">Its weight in a weighted-sum total; null otherwise.</param>
public sealed record DimensionDto(
    string Code, string NameVi, string NameEn, decimal ScaleMin, decimal ScaleMax, IReadOnlyList<SubDimensionDto> SubDimensions,
    AggregationMethod AggregationMethod, decimal AggregationFactor, decimal? Weight);

public sealed record SubDimensionDto(string Code, string NameVi, string NameEn, decimal ScaleMin, decimal ScaleMax, string? Unit, decimal? Weight);

[Mapper]
internal static partial class FrameworkMapper
{
    [MapperIgnoreSource(nameof(IndexFramework.Id))]
    [MapperIgnoreTarget(nameof(FrameworkDto.ReleaseYears))]
    public static partial FrameworkDto ToDto(IndexFramework framework);

    private static IReadOnlyList<string> ToList(List<string> columns) => columns;

    // By hand: the total's scale is derived by the version's rule, not a property to copy.
    private static FrameworkVersionDto ToDto(FrameworkVersion version) => new(
        version.Code, version.FirstYear, version.LastYear, version.Dimensions.Select(ToDto).ToList(), version.Changes,
        version.TotalAggregationMethod, version.TotalAggregationFactor, version.TotalScale.Min, version.TotalScale.Max);

    [MapperIgnoreSource(nameof(Dimension.Id))]
    [MapperIgnoreSource(nameof(Dimension.FrameworkVersionId))]
    [MapperIgnoreSource(nameof(Dimension.Position))]
    [MapperIgnoreSource(nameof(Dimension.Aggregation))]
    private static partial DimensionDto ToDto(Dimension dimension);

    [MapperIgnoreSource(nameof(SubDimension.Id))]
    [MapperIgnoreSource(nameof(SubDimension.DimensionId))]
    [MapperIgnoreSource(nameof(SubDimension.Position))]
    private static partial SubDimensionDto ToDto(SubDimension subDimension);
}

using PapiTracker.Domain.Frameworks;
using Riok.Mapperly.Abstractions;

namespace PapiTracker.Application.Frameworks;

/// <param name="HigherIsBetter">Direction: false when a lower score ranks first.</param>
/// <param name="PublishTopN">The publisher ranks only its first N from <paramref name="PublishTopNFrom"/> on; the others are unranked.</param>
/// <param name="TotalColumn">The file column of the publisher's own total, kept as the official figure; null when totals are only derived.</param>
/// <param name="TotalTolerance">A derived total further than this from the published one is flagged.</param>
public sealed record FrameworkDto(
    string Code, string NameVi, string NameEn, int PublishedDecimals, IReadOnlyList<FrameworkVersionDto> Versions,
    bool HigherIsBetter, int? PublishTopN, int? PublishTopNFrom, string? TotalColumn, decimal TotalTolerance, IReadOnlyList<string> IgnoredColumns);

/// <param name="TotalAggregationMethod">How the dimensions make the total (PAPI: Sum).</param>
/// <param name="TotalAggregationFactor">Multiplies the total (PCI: 10).</param>
public sealed record FrameworkVersionDto(
    string Code, int FirstYear, int? LastYear, IReadOnlyList<DimensionDto> Dimensions,
    string? Changes, AggregationMethod TotalAggregationMethod, decimal TotalAggregationFactor);

/// <param name="Weight">Its weight in a weighted-sum total; null otherwise.</param>
public sealed record DimensionDto(
    string Code, string NameVi, string NameEn, decimal ScaleMin, decimal ScaleMax, IReadOnlyList<SubDimensionDto> SubDimensions,
    AggregationMethod AggregationMethod, decimal AggregationFactor, decimal? Weight);

public sealed record SubDimensionDto(string Code, string NameVi, string NameEn, decimal ScaleMin, decimal ScaleMax, string? Unit, decimal? Weight);

[Mapper]
internal static partial class FrameworkMapper
{
    [MapperIgnoreSource(nameof(IndexFramework.Id))]
    public static partial FrameworkDto ToDto(IndexFramework framework);

    private static IReadOnlyList<string> ToList(List<string> columns) => columns;

    [MapperIgnoreSource(nameof(FrameworkVersion.Id))]
    [MapperIgnoreSource(nameof(FrameworkVersion.FrameworkId))]
    [MapperIgnoreSource(nameof(FrameworkVersion.SubDimensions))]
    [MapperIgnoreSource(nameof(FrameworkVersion.TotalAggregation))]
    [MapperIgnoreSource(nameof(FrameworkVersion.TotalScale))]
    private static partial FrameworkVersionDto ToDto(FrameworkVersion version);

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

using PapiTracker.Domain.Frameworks;
using Riok.Mapperly.Abstractions;

namespace PapiTracker.Application.Frameworks.Queries.GetFrameworks;

public sealed record FrameworkDto(string Code, string NameVi, string NameEn, int PublishedDecimals, IReadOnlyList<FrameworkVersionDto> Versions);

public sealed record FrameworkVersionDto(string Code, int FirstYear, int? LastYear, IReadOnlyList<DimensionDto> Dimensions);

public sealed record DimensionDto(string Code, string NameVi, string NameEn, decimal ScaleMin, decimal ScaleMax, IReadOnlyList<SubDimensionDto> SubDimensions);

public sealed record SubDimensionDto(string Code, string NameVi, string NameEn, decimal ScaleMin, decimal ScaleMax);

[Mapper]
internal static partial class FrameworkMapper
{
    [MapperIgnoreSource(nameof(IndexFramework.Id))]
    public static partial FrameworkDto ToDto(IndexFramework framework);

    [MapperIgnoreSource(nameof(FrameworkVersion.Id))]
    [MapperIgnoreSource(nameof(FrameworkVersion.FrameworkId))]
    [MapperIgnoreSource(nameof(FrameworkVersion.SubDimensions))]
    private static partial FrameworkVersionDto ToDto(FrameworkVersion version);

    [MapperIgnoreSource(nameof(Dimension.Id))]
    [MapperIgnoreSource(nameof(Dimension.FrameworkVersionId))]
    [MapperIgnoreSource(nameof(Dimension.Position))]
    private static partial DimensionDto ToDto(Dimension dimension);

    [MapperIgnoreSource(nameof(SubDimension.Id))]
    [MapperIgnoreSource(nameof(SubDimension.DimensionId))]
    [MapperIgnoreSource(nameof(SubDimension.Position))]
    private static partial SubDimensionDto ToDto(SubDimension subDimension);
}

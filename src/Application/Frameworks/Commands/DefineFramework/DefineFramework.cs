using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Frameworks.Queries.GetFrameworks;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.Frameworks.Commands.DefineFramework;

public sealed record LocalizedName(string Vi, string En);

/// <param name="Unit">What a value counts ("points", "%"); optional.</param>
public sealed record ScaleDefinition(decimal Min, decimal Max, string? Unit = null);

/// <param name="Factor">Multiplies the result (PCI: 10, the weighted 0–10 sub-indices onto 0–100).</param>
public sealed record AggregationDefinition(AggregationMethod Method, decimal Factor = 1m);

/// <param name="Weight">Only in a dimension that is a weighted sum.</param>
public sealed record SubDimensionDefinition(string Code, LocalizedName Name, ScaleDefinition Scale, decimal? Weight = null);

/// <summary>
/// A dimension (pillar) made of sub-dimensions, or a component that is itself the value a file carries
/// (PCI's sub-indices, PAR INDEX's fields): then it has a <paramref name="Scale"/> and no sub-dimensions.
/// </summary>
/// <param name="Weight">Only when the version's total is a weighted sum.</param>
/// <param name="Aggregation">How its sub-dimensions make its score; the sum when omitted.</param>
public sealed record DimensionDefinition(
    string Code, LocalizedName Name, decimal? Weight = null, AggregationDefinition? Aggregation = null,
    ScaleDefinition? Scale = null, IReadOnlyList<SubDimensionDefinition>? SubDimensions = null)
{
    public bool IsComponent => Scale is not null;
}

/// <param name="LastYear">Null while the version is current; versions may not overlap.</param>
/// <param name="Total">How the dimensions make the total; the sum when omitted.</param>
/// <param name="Changes">What changed against the version before.</param>
public sealed record VersionDefinition(
    string Code, int FirstYear, int? LastYear, IReadOnlyList<DimensionDefinition> Dimensions, AggregationDefinition? Total = null, string? Changes = null);

public enum Direction
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <param name="Compare">How ranks compare scores: only <c>unrounded</c> (the values at the file's precision) is known.</param>
/// <param name="PublishTopN">The publisher ranks only its first N (VCCI from PCI 2023: 30).</param>
/// <param name="PublishTopNFrom">First survey year of that rule; every year when omitted.</param>
public sealed record RanksDefinition(string Compare = RanksDefinition.Unrounded, int? PublishTopN = null, int? PublishTopNFrom = null)
{
    public const string Unrounded = "unrounded";
}

/// <param name="TotalColumn">The column carrying the publisher's own total (kept as the official figure, the derived one compared with it).</param>
/// <param name="TotalTolerance">A derived total further than this from the published one is flagged (0.005 by default).</param>
/// <param name="IgnoredColumns">Columns a published file carries that the import reads past.</param>
public sealed record FileDefinition(string? TotalColumn = null, decimal? TotalTolerance = null, IReadOnlyList<string>? IgnoredColumns = null);

/// <summary>
/// Defines an index framework from its description (the framework file format,
/// <c>docs/frameworks/framework.schema.json</c>; PAPI's own is <c>docs/frameworks/papi.json</c>): every
/// version with its dimensions, components, scales and aggregation rules. Validated whole (weights add up,
/// every component has a scale, versions do not overlap) and audited; a code already defined is refused.
/// </summary>
[RequiresPermission(Permission.DefineFrameworks)]
public sealed record DefineFrameworkCommand(
    string Code,
    LocalizedName Name,
    IReadOnlyList<VersionDefinition> Versions,
    int PublishedDecimals = 2,
    Direction Direction = Direction.HigherIsBetter,
    RanksDefinition? Ranks = null,
    FileDefinition? File = null) : ICommand<FrameworkDto>
{
    /// <summary>The framework as the domain keeps it; a component dimension becomes a dimension with one sub-dimension of the same code.</summary>
    public IndexFramework ToFramework()
    {
        var framework = IndexFramework.Create(Code, Name.Vi, Name.En, PublishedDecimals).WithRules(
            Direction == Direction.HigherIsBetter, Ranks?.PublishTopN, Ranks?.PublishTopNFrom,
            File?.TotalColumn, File?.TotalTolerance ?? IndexFramework.DefaultTotalTolerance, File?.IgnoredColumns ?? []);
        foreach (var v in Versions)
        {
            var version = framework.AddVersion(v.Code, v.FirstYear, v.LastYear, Of(v.Total), v.Changes);
            foreach (var d in v.Dimensions)
            {
                var dimension = version.AddDimension(d.Code, d.Name.Vi, d.Name.En, Of(d.Aggregation), d.Weight);
                if (d.Scale is { } scale)
                    dimension.AddSubDimension(d.Code, d.Name.Vi, d.Name.En, scale.Min, scale.Max, scale.Unit);
                foreach (var s in d.SubDimensions ?? [])
                    dimension.AddSubDimension(s.Code, s.Name.Vi, s.Name.En, s.Scale.Min, s.Scale.Max, s.Scale.Unit, s.Weight);
            }
        }
        return framework;
    }

    private static Aggregation Of(AggregationDefinition? definition) =>
        definition is null ? Aggregation.Sum : new Aggregation(definition.Method, definition.Factor);
}

public sealed class DefineFrameworkCommandHandler(IApplicationDbContext db) : ICommandHandler<DefineFrameworkCommand, FrameworkDto>
{
    public async ValueTask<FrameworkDto> Handle(DefineFrameworkCommand command, CancellationToken cancellationToken)
    {
        if (await db.Frameworks.AnyAsync(f => f.Code == command.Code, cancellationToken))
            throw new DomainException(Messages.FrameworkAlreadyDefined(command.Code));
        var versionCodes = command.Versions.Select(v => v.Code).ToList();
        if (await db.Frameworks.SelectMany(f => f.Versions).Where(v => versionCodes.Contains(v.Code)).Select(v => v.Code).FirstOrDefaultAsync(cancellationToken) is { } taken)
            throw new DomainException(Messages.FrameworkVersionCodeTaken(taken));

        var framework = command.ToFramework();
        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkMapper.ToDto(framework);
    }
}

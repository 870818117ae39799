using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Validation;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Scores;

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

/// <param name="Method">How a merged unit's values are estimated from its predecessors': simpleMean (the default, as DTI 2024)
/// or populationWeighted (where every predecessor has a population figure, else the simple mean).</param>
public sealed record EstimateDefinition(EstimateMethod Method = EstimateMethod.SimpleMean);

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
    FileDefinition? File = null,
    EstimateDefinition? Estimate = null) : ICommand<FrameworkDto>
{
    /// <summary>The framework as the domain keeps it; a component dimension becomes a dimension with one sub-dimension of the same code.</summary>
    public IndexFramework ToFramework()
    {
        var framework = IndexFramework.Create(Code, Name.Vi, Name.En, PublishedDecimals).WithRules(
            Direction == Direction.HigherIsBetter, Ranks?.PublishTopN, Ranks?.PublishTopNFrom,
            File?.TotalColumn, File?.TotalTolerance ?? IndexFramework.DefaultTotalTolerance, File?.IgnoredColumns ?? [])
            .EstimatedBy(Estimate?.Method ?? EstimateMethod.SimpleMean);
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

/// <summary>
/// The rules a framework file or a <c>POST /frameworks</c> body follows, each failure a field error by its
/// path (<c>versions[1].Dimensions[0].Weight</c>, as every validator names nested fields). The catalogue's own files are checked by the same rules when loaded.
/// </summary>
public sealed class DefineFrameworkCommandValidator : AbstractValidator<DefineFrameworkCommand>
{
    public const int MaxVersions = 50;
    public const int MaxComponents = 200;
    private const int MaxYear = 2100;
    private const int MinYear = 1990;

    /// <summary>Bound of scales, factors and tolerances: what the catalogue's columns hold.</summary>
    private const decimal MaxBound = 999m;

    public DefineFrameworkCommandValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(FrameworkLimits.CodeMaxLength).Matches(CodePattern).WithText(Messages.FrameworkCodeCharacters);
        RuleFor(c => c.Name).NotNull().SetValidator(new NameValidator());
        RuleFor(c => c.PublishedDecimals).InclusiveBetween(0, 9);
        RuleFor(c => c.Direction).IsInEnum();
        RuleFor(c => c.Versions).NotEmpty().MaxItems(MaxVersions).WithText(Messages.AtMostEntries(MaxVersions));
        RuleForEach(c => c.Versions).NotNull().SetValidator(new VersionValidator());
        RuleFor(c => c.Versions).Custom((versions, context) =>
        {
            var ordered = (versions ?? []).Select((v, i) => (v, i)).Where(x => x.v is not null).OrderBy(x => x.v.FirstYear).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var (earlier, later) = (ordered[k - 1].v, ordered[k].v);
                if (earlier.LastYear is null || earlier.LastYear >= later.FirstYear)
                    context.AddFailure($"Versions[{ordered[k].i}].FirstYear", Messages.VersionsOverlap(earlier.Code, later.Code).Current);
            }
            foreach (var repeated in ordered.GroupBy(x => x.v.Code).Where(g => g.Count() > 1).Select(g => g.Last()))
                context.AddFailure($"Versions[{repeated.i}].Code", Messages.CodeRepeated(repeated.v.Code).Current);
        });
        // The one comparison there is; its length is what the contract can say of it.
        RuleFor(c => c.Ranks!.Compare).Cascade(CascadeMode.Stop).MaximumLength(RanksDefinition.Unrounded.Length).Equal(RanksDefinition.Unrounded).WithText(Messages.RanksCompareUnrounded).When(c => c.Ranks is not null);
        RuleFor(c => c.Ranks!.PublishTopN).GreaterThan(0).When(c => c.Ranks is not null);
        RuleFor(c => c.Ranks!.PublishTopNFrom).InclusiveBetween(MinYear, MaxYear).When(c => c.Ranks is not null);
        RuleFor(c => c.File!.TotalColumn).MaximumLength(IndexFramework.ColumnMaxLength).When(c => c.File is not null);
        RuleFor(c => c.File!.TotalTolerance).InclusiveBetween(0, MaxBound).When(c => c.File is not null);
        RuleFor(c => c.File!.IgnoredColumns).MaxItems(MaxComponents).WithText(Messages.AtMostEntries(MaxComponents)).When(c => c.File is not null);
        RuleForEach(c => c.File!.IgnoredColumns).NotEmpty().MaximumLength(IndexFramework.ColumnMaxLength).When(c => c.File is not null);
        RuleFor(c => c).Custom((c, context) =>
        {
            if (c.File?.TotalColumn is { } column && c.Versions is not null
                && c.Versions.Any(v => v?.Dimensions?.Any(d => d is not null && Columns(d).Contains(column)) == true))
                context.AddFailure("File.TotalColumn", Messages.TotalColumnIsAComponent(column).Current);
        });
    }

    private const string CodePattern = "^[A-Za-z0-9._-]+$";

    /// <summary>The columns a dimension's values come in: its own code when it is a component, else its sub-dimensions'.</summary>
    private static IEnumerable<string> Columns(DimensionDefinition d) =>
        d.IsComponent ? [d.Code] : (d.SubDimensions ?? []).Where(s => s is not null).Select(s => s.Code);

    private sealed class NameValidator : AbstractValidator<LocalizedName>
    {
        public NameValidator()
        {
            RuleFor(n => n.Vi).NotEmpty().MaximumLength(FrameworkLimits.NameMaxLength);
            RuleFor(n => n.En).NotEmpty().MaximumLength(FrameworkLimits.NameMaxLength);
        }
    }

    private sealed class ScaleValidator : AbstractValidator<ScaleDefinition>
    {
        public ScaleValidator()
        {
            // The columns hold scales to three decimals below 1000 (PAPI's 0.33, a PAR INDEX field's 100 points).
            RuleFor(s => s.Min).InclusiveBetween(-MaxBound, MaxBound);
            RuleFor(s => s.Max).InclusiveBetween(-MaxBound, MaxBound);
            RuleFor(s => s.Max).GreaterThan(s => s.Min).WithText(Messages.ScaleMinBelowMaxField);
            RuleFor(s => s.Unit).MaximumLength(SubDimension.UnitMaxLength);
        }
    }

    private sealed class AggregationValidator : AbstractValidator<AggregationDefinition>
    {
        public AggregationValidator()
        {
            RuleFor(a => a.Method).IsInEnum();
            RuleFor(a => a.Factor).GreaterThan(0).LessThanOrEqualTo(MaxBound);
        }
    }

    /// <summary>Weights: every component of a weighted sum has one above 0 and they add up to 1; no other component has one.</summary>
    private static void Weights<T>(IReadOnlyList<T>? parts, AggregationDefinition? aggregation, Func<T, decimal?> weight, string path, Action<string, string> fail)
    {
        if (parts is null)
            return;
        var weighted = aggregation?.Method == AggregationMethod.WeightedSum;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is null)
                continue;
            var w = weight(parts[i]);
            if (weighted && (w is null || w <= 0))
                fail($"{path}[{i}].Weight", Messages.WeightNeeded.Current);
            else if (!weighted && w is not null)
                fail($"{path}[{i}].Weight", Messages.WeightOnlyInWeightedSum.Current);
        }
        var sum = parts.Where(p => p is not null).Sum(p => weight(p) ?? 0m);
        if (weighted && Math.Abs(sum - 1m) > Aggregation.WeightTolerance)
            fail(path, Messages.WeightsAddUpToOne(sum).Current);
    }

    private sealed class VersionValidator : AbstractValidator<VersionDefinition>
    {
        public VersionValidator()
        {
            RuleFor(v => v.Code).NotEmpty().MaximumLength(FrameworkLimits.CodeMaxLength);
            RuleFor(v => v.FirstYear).InclusiveBetween(MinYear, MaxYear);
            RuleFor(v => v.LastYear).InclusiveBetween(MinYear, MaxYear).GreaterThanOrEqualTo(v => v.FirstYear);
            RuleFor(v => v.Changes).MaximumLength(FrameworkVersion.ChangesMaxLength);
            RuleFor(v => v.Total!).SetValidator(new AggregationValidator()).When(v => v.Total is not null);
            RuleFor(v => v.Dimensions).NotEmpty().MaxItems(MaxComponents).WithText(Messages.AtMostEntries(MaxComponents));
            RuleForEach(v => v.Dimensions).NotNull().SetValidator(new DimensionValidator());
            RuleFor(v => v).Custom((v, context) =>
            {
                Weights(v.Dimensions, v.Total, d => d.Weight, "Dimensions", context.AddFailure);
                var dimensions = (v.Dimensions ?? []).Where(d => d is not null).ToList();
                foreach (var code in dimensions.Select(d => d.Code).GroupBy(c => c).Where(g => g.Count() > 1))
                    context.AddFailure("Dimensions", Messages.CodeRepeated(code.Key).Current);
                // Sub-dimension codes name the file's columns, so they are unique across the version.
                foreach (var code in dimensions.SelectMany(Columns).GroupBy(c => c).Where(g => g.Count() > 1))
                    context.AddFailure("Dimensions", Messages.CodeRepeated(code.Key).Current);
            });
        }
    }

    private sealed class DimensionValidator : AbstractValidator<DimensionDefinition>
    {
        public DimensionValidator()
        {
            RuleFor(d => d.Code).NotEmpty().MaximumLength(FrameworkLimits.CodeMaxLength).Matches(CodePattern).WithText(Messages.FrameworkCodeCharacters);
            RuleFor(d => d.Name).NotNull().SetValidator(new NameValidator());
            RuleFor(d => d.Aggregation!).SetValidator(new AggregationValidator()).When(d => d.Aggregation is not null);
            RuleFor(d => d.Scale!).SetValidator(new ScaleValidator()).When(d => d.Scale is not null);
            RuleFor(d => d.SubDimensions).NotEmpty().WithText(Messages.ComponentNeedsScale).When(d => d.Scale is null);
            RuleFor(d => d.SubDimensions).Empty().WithText(Messages.ComponentScaleOrSubDimensions).When(d => d.Scale is not null);
            RuleFor(d => d.SubDimensions).MaxItems(MaxComponents).WithText(Messages.AtMostEntries(MaxComponents));
            RuleForEach(d => d.SubDimensions).NotNull().SetValidator(new SubDimensionValidator());
            RuleFor(d => d).Custom((d, context) => Weights(d.SubDimensions, d.Aggregation, s => s.Weight, "SubDimensions", context.AddFailure));
        }
    }

    private sealed class SubDimensionValidator : AbstractValidator<SubDimensionDefinition>
    {
        public SubDimensionValidator()
        {
            RuleFor(s => s.Code).NotEmpty().MaximumLength(FrameworkLimits.CodeMaxLength).Matches(CodePattern).WithText(Messages.FrameworkCodeCharacters);
            RuleFor(s => s.Name).NotNull().SetValidator(new NameValidator());
            RuleFor(s => s.Scale).NotNull().WithText(Messages.ComponentNeedsScale).SetValidator(new ScaleValidator());
        }
    }
}

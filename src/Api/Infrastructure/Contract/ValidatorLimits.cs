using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using PapiTracker.Application.Common.Validation;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PapiTracker.Api.Infrastructure.Contract;

/// <summary>
/// The validators' bounds in the document: lengths, ranges, patterns and list sizes, read from the
/// FluentValidation rules the server runs, so a limit is written once. A type with a validator of its own
/// (a command bound as the body, a nested input) gets them as a schema filter; a body or query the endpoint
/// binds under another name gets the message's rules by property name as an operation filter. Integers the
/// rules leave open are bounded by their JSON format (a larger number does not bind: 400).
/// </summary>
internal sealed class ValidatorLimits(IServiceProvider services) : ISchemaFilter, IOperationFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { Properties: { } properties } && RulesOf(context.Type) is { } rules)
            ApplyToProperties(properties, rules, context.SchemaRepository);
    }

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var rules = UseCases.Of(context.ApiDescription, operation.OperationId) is { } message ? RulesOf(message) : null;
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Schema: OpenApiSchema schema } named)
                Bound(schema, rules?.GetValueOrDefault(named.Name!) ?? []);
        }
        foreach (var content in operation.RequestBody?.Content?.Values ?? [])
        {
            if (Resolve(content.Schema, context.SchemaRepository) is { Properties: { } properties })
                ApplyToProperties(properties, rules ?? new Dictionary<string, List<RuleOnMember>>(), context.SchemaRepository);
        }
    }

    /// <summary>Rules by member name; a rule on a nested member (UnitPlan.Number) reaches into the nested object's schema.</summary>
    private static void ApplyToProperties(IDictionary<string, IOpenApiSchema> properties, IReadOnlyDictionary<string, List<RuleOnMember>> rules, SchemaRepository repository)
    {
        foreach (var (name, property) in properties)
        {
            if (property is OpenApiSchema inline)
                Bound(inline, rules.GetValueOrDefault(name) ?? []);
            var prefix = name + ".";
            var nested = rules.Where(r => r.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(r => r.Key[prefix.Length..], r => r.Value, StringComparer.OrdinalIgnoreCase);
            if (nested.Count > 0 && Resolve(property, repository) is { Properties: { } nestedProperties })
                ApplyToProperties(nestedProperties, nested, repository);
        }
    }

    /// <summary>A body schema as written in the document: itself, or the component it refers to (directly or as allOf's one member).</summary>
    private static OpenApiSchema? Resolve(IOpenApiSchema? schema, SchemaRepository repository) => schema switch
    {
        OpenApiSchemaReference { Reference.Id: { } id } => repository.Schemas.GetValueOrDefault(id) as OpenApiSchema,
        OpenApiSchema { AllOf: [var only] } => Resolve(only, repository),
        OpenApiSchema inline => inline,
        _ => null,
    };

    private IReadOnlyDictionary<string, List<RuleOnMember>>? RulesOf(Type type)
    {
        if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
            return null;
        var rules = new Dictionary<string, List<RuleOnMember>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule.PropertyName is not { } member)
                continue;
            var forEach = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            if (!rules.TryGetValue(member, out var list))
                rules[member] = list = [];
            list.AddRange(rule.Components.Select(c => new RuleOnMember(c.Validator, forEach)));
        }
        return rules;
    }

    private static void Bound(OpenApiSchema schema, List<RuleOnMember> rules)
    {
        foreach (var (validator, forEach) in rules)
        {
            var target = forEach && schema.Items is OpenApiSchema items ? items : schema;
            var isList = target.Type?.HasFlag(JsonSchemaType.Array) == true;
            switch (validator)
            {
                case ILengthValidator length when isList:
                    Tighten(target, minItems: length.Min, maxItems: length.Max);
                    break;
                case ILengthValidator length:
                    target.MinLength = length.Min > 0 ? Math.Max(target.MinLength ?? 0, length.Min) : target.MinLength;
                    target.MaxLength = length.Max > 0 ? Math.Min(target.MaxLength ?? int.MaxValue, length.Max) : target.MaxLength;
                    break;
                case IMaxItemsValidator maxItems:
                    Tighten(target, maxItems: maxItems.MaxItems);
                    break;
                case IBetweenValidator between when isList:
                    Tighten(target, minItems: Convert.ToInt32(between.From, CultureInfo.InvariantCulture), maxItems: Convert.ToInt32(between.To, CultureInfo.InvariantCulture));
                    break;
                case IBetweenValidator between:
                    target.Minimum = Number(between.From);
                    target.Maximum = Number(between.To);
                    if (between.GetType().GetGenericTypeDefinition() == typeof(ExclusiveBetweenValidator<,>))
                        (target.ExclusiveMinimum, target.ExclusiveMaximum) = (target.Minimum, target.Maximum);
                    break;
                case IComparisonValidator { ValueToCompare: { } value } comparison:
                    Compare(target, comparison.Comparison, value, isList);
                    break;
                case IRegularExpressionValidator pattern:
                    target.Pattern = pattern.Expression;
                    break;
            }
        }
        if (schema.Type?.HasFlag(JsonSchemaType.Integer) == true || (schema.Items as OpenApiSchema)?.Type?.HasFlag(JsonSchemaType.Integer) == true)
            BoundByFormat(schema.Items as OpenApiSchema ?? schema);
    }

    private static void Compare(OpenApiSchema target, Comparison comparison, object value, bool isList)
    {
        if (isList)
        {
            if (comparison is Comparison.LessThanOrEqual)
                Tighten(target, maxItems: Convert.ToInt32(value, CultureInfo.InvariantCulture));
            return;
        }
        switch (comparison)
        {
            case Comparison.GreaterThan:
                target.Minimum = target.ExclusiveMinimum = Number(value);
                break;
            case Comparison.GreaterThanOrEqual:
                target.Minimum = Number(value);
                break;
            case Comparison.LessThan:
                target.Maximum = target.ExclusiveMaximum = Number(value);
                break;
            case Comparison.LessThanOrEqual:
                target.Maximum = Number(value);
                break;
        }
    }

    private static void Tighten(OpenApiSchema list, int? minItems = null, int? maxItems = null)
    {
        if (minItems > 0)
            list.MinItems = minItems;
        if (maxItems > 0)
            list.MaxItems = Math.Min(list.MaxItems ?? int.MaxValue, maxItems.Value);
    }

    private static void BoundByFormat(OpenApiSchema integer)
    {
        var (min, max) = integer.Format == "int64" ? (long.MinValue, long.MaxValue) : (int.MinValue, (long)int.MaxValue);
        integer.Minimum ??= min.ToString(CultureInfo.InvariantCulture);
        integer.Maximum ??= max.ToString(CultureInfo.InvariantCulture);
    }

    private static string Number(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private sealed record RuleOnMember(IPropertyValidator Validator, bool ForEach);
}

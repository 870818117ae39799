using FluentValidation;
using FluentValidation.Results;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Plans;

namespace PapiTracker.Application.Plans;

/// <summary>How the gap analysis reads one of a plan's indices.</summary>
internal static class PlanIndices
{
    /// <summary>The plan's index of that framework, its lead index when none is named; 400 when the plan does not answer it.</summary>
    public static PlanIndex IndexFor(this Plan plan, string? framework) =>
        plan.IndexOf(framework ?? plan.Framework)
        ?? throw new ValidationException([new ValidationFailure("framework", Messages.PlanHasNoIndex(framework!))]);

    /// <summary>The codes, in the index's own terms, of the components an action's references name in that index.</summary>
    public static IEnumerable<string> CodesIn(this IEnumerable<string> references, Plan plan, PlanIndex index) =>
        references.Select(r => ComponentRef.Parse(r, plan.Framework)).Where(r => r.Framework == index.Framework).Select(r => r.Code);
}

using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Domain.Plans;

/// <summary>
/// A component an action works on, in one of its plan's indices: <c>8.3</c> names one of the lead index
/// (as every plan before several indices did), <c>PCI:land_access</c> one of another index. Framework
/// codes hold no colon, so the form reads back unambiguously.
/// </summary>
public readonly record struct ComponentRef(string Framework, string Code)
{
    public const char Separator = ':';

    /// <summary>A framework code, the separator and a component code, at most.</summary>
    public const int MaxLength = FrameworkLimits.CodeMaxLength * 2 + 1;

    /// <summary>The reference as the plan's lead index <paramref name="leadFramework"/> reads it.</summary>
    public static ComponentRef Parse(string reference, string leadFramework) =>
        reference.IndexOf(Separator) is var at and >= 0
            ? new(reference[..at], reference[(at + 1)..])
            : new(leadFramework, reference);

    /// <summary>As stored: bare for the lead index (so lead-index lists read as before), qualified otherwise.</summary>
    public string Format(string leadFramework) => Framework == leadFramework ? Code : $"{Framework}{Separator}{Code}";
}

namespace PapiTracker.Domain.Frameworks;

/// <summary>Lengths of the framework catalogue's codes and names, shared by the validators and the database columns.</summary>
public static class FrameworkLimits
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 300;
}

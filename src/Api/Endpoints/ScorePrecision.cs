namespace PapiTracker.Api.Endpoints;

/// <summary>What every endpoint that answers with scores says about their precision.</summary>
internal static class ScorePrecision
{
    public const string Description =
        "Scores, changes and gaps are unrounded: the values at the precision of the official file and their exact sums "
        + "(Quảng Ninh 2020: 48.811…, not 48.81). Ranks compare these unrounded totals, so provinces tie only when their totals are equal "
        + "at the file's precision. Rounding to the framework's `publishedDecimals` (2 for PAPI) is for display only.";

    /// <summary>Documents the unrounded scores, after what the endpoint's own description says (if anything).</summary>
    public static RouteHandlerBuilder WithUnroundedScores(this RouteHandlerBuilder endpoint, string? description = null) =>
        endpoint.WithDescription(description is null ? Description : $"{description} {Description}");
}

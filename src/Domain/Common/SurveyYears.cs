namespace PapiTracker.Domain.Common;

/// <summary>
/// The years a request may name for a survey, a plan or a reporting period: wide enough for every
/// published index (PAPI began in 2009) and every plan, narrow enough to catch a typed 20205.
/// </summary>
public static class SurveyYears
{
    public const int First = 2000;
    public const int Last = 2100;
}

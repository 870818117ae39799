namespace PapiTracker.Domain.Common;

/// <summary>
/// Days as the provinces live them: dates and deadlines are days in Asia/Ho_Chi_Minh, whatever the
/// server's time zone.
/// </summary>
public static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    /// <summary>The last instant of a day in Việt Nam, as a UTC instant.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day)
    {
        var local = day.AddDays(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).AddTicks(-1).ToUniversalTime();
    }
}

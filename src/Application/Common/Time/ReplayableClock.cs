namespace PapiTracker.Application.Common.Time;

/// <summary>
/// The clock every use case reads: the given one, except inside <see cref="PlayAt"/>. The demo's year at startup plays
/// each step on the day it happened in 2021, so submissions are on time or late and progress is dated by the rules
/// themselves; the moment belongs to the async flow that set it, so a request served meanwhile keeps the real time.
/// </summary>
public sealed class ReplayableClock(TimeProvider inner) : TimeProvider
{
    private static readonly AsyncLocal<DateTimeOffset?> Played = new();

    public override DateTimeOffset GetUtcNow() => Played.Value ?? inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Until the returned handle is disposed, this flow's clock reads <paramref name="moment"/>.</summary>
    public static IDisposable PlayAt(DateTimeOffset moment)
    {
        var before = Played.Value;
        Played.Value = moment.ToUniversalTime();
        return new Restore(before);
    }

    private sealed class Restore(DateTimeOffset? before) : IDisposable
    {
        public void Dispose() => Played.Value = before;
    }
}

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>The API's clock in tests: the real time, unless a test sets the day it plays on (reset after every test).</summary>
internal sealed class TestClock : TimeProvider
{
    public DateTimeOffset? Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now ?? base.GetUtcNow();
}

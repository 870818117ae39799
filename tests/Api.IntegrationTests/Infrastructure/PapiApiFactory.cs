using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Application.Common.Time;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>The real API, in memory, on the test database.</summary>
internal sealed class PapiApiFactory(string connectionString, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public TestClock Clock { get; } = new();

    /// <summary>
    /// Tests read problems in English unless they ask otherwise (a request's own Accept-Language wins);
    /// the API's default, Vietnamese, is checked by the tests of the language itself.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Auth:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        // Wrapped as the API wraps the system's clock, so the demo's year can still play its own days.
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new ReplayableClock(Clock)));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Operations;

/// <summary>
/// Behind compose's nginx (another container) the API sees the proxy's address: only with Proxy:KnownNetworks does it
/// believe the caller's address in X-Forwarded-For, so the failed sign-ins of one caller do not lock out the others.
/// Real processes reached on this machine's non-loopback address, as a proxy in another container reaches them.
/// </summary>
public sealed class ForwardedCallerTests
{
    [Test]
    public async Task ShouldCountFailedSignInsPerForwardedCaller_OnlyFromAProxyInAKnownNetwork()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        address.ShouldNotBeNull("this machine has a non-loopback IPv4 address to reach the API by");
        var oneFailure = new Dictionary<string, string> { ["RateLimits__FailedSignInsPerAddress"] = "1" };
        await using var trusting = await ApiProcess.StartAsync("trusting", TestRun.ConnectionString,
            new Dictionary<string, string>(oneFailure) { ["Proxy__KnownNetworks__0"] = $"{address}/32" }, address.ToString());
        await using var plain = await ApiProcess.StartAsync("plain", TestRun.ConnectionString, oneFailure, address.ToString());

        (await FailedSignInsAsync(trusting)).ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.Unauthorized]);
        (await FailedSignInsAsync(plain)).ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
    }

    /// <summary>A wrong password twice from one forwarded caller, then once from another.</summary>
    private static async Task<HttpStatusCode[]> FailedSignInsAsync(ApiProcess api)
    {
        using var http = new HttpClient { BaseAddress = api.Address };
        var statuses = new List<HttpStatusCode>();
        foreach (var caller in new[] { "203.0.113.7", "203.0.113.7", "203.0.113.8" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
            {
                Content = JsonContent.Create(new { userName = "nobody", password = "wrong-password" }),
            };
            request.Headers.Add("X-Forwarded-For", caller);
            using var response = await http.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return [.. statuses];
    }
}

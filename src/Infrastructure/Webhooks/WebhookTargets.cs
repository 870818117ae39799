using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Common;

namespace PapiTracker.Infrastructure.Webhooks;

/// <summary>
/// The SSRF rule: a webhook goes only to public addresses unless the operator allows private ones or the host. Checked
/// when a subscription is made (a field error) and again at every connection (<see cref="ConnectAsync"/>), because a
/// name can resolve elsewhere later.
/// </summary>
public sealed class WebhookTargets(IOptions<WebhookOptions> options) : IWebhookTargets
{
    public async Task<bool> IsAllowedAsync(Uri target, CancellationToken ct) =>
        IsAllowedHost(target.IdnHost) || (await ResolveAsync(target.IdnHost, ct)) is { Length: > 0 } addresses && addresses.All(IsAllowed);

    /// <summary>Connects to the first address of the host, after checking every one of them (the handler's ConnectCallback).</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, ct);
        if (addresses.Length == 0 || (!IsAllowedHost(host) && !addresses.All(IsAllowed)))
            throw new HttpRequestException(Messages.WebhookTargetNotPublic.En);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsAllowedHost(string host) => options.Value.AllowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase);

    private bool IsAllowed(IPAddress address) => options.Value.AllowPrivateTargets || IsPublic(address);

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
            return [literal];
        try
        {
            return await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException)
        {
            return [];
        }
    }

    /// <summary>Not loopback, link-local, private (RFC 1918, shared 100.64/10, unique-local), unspecified, multicast or reserved.</summary>
    internal static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address))
            return false;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || address.IsIPv6UniqueLocal || address.IsIPv6Teredo);
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 or >= 224 => false,
            100 => b[1] is < 64 or > 127,
            169 => b[1] != 254,
            172 => b[1] is < 16 or > 31,
            192 => !(b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2)),
            198 => b[1] is not (18 or 19),
            _ => true,
        };
    }
}

using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Restructurings;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Provinces;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>The 34 provincial units of 1 July 2025, by applying the shared mapping as a restructuring.</summary>
internal static class Restructuring2025
{
    public const string Reform = "2025-07-01";

    /// <summary>Each merged group becomes a new unit and its predecessors end on 30 June; the eleven unchanged provinces carry on.</summary>
    public static Task RestructureAsIn2025Async(this HttpClient admin) =>
        RestructuringHttp.ApplyAsync(admin, RestructuringHttp.File(ReferenceFiles.Provinces2025));

    /// <summary>The new Bắc Ninh (old Bắc Giang + old Bắc Ninh), the one that has not ended.</summary>
    public static async Task<int> NewBacNinhAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac%20ninh", ApiTest.Json))!.Items.Single(p => p.ActiveTo is null).Id;
}

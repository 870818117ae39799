using System.Net;
using System.Net.Http.Json;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Application.Provinces.Queries.SearchProvinces;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>The 34 provincial units of 1 July 2025 built over the 63 provinces an official score import left.</summary>
internal static class Restructuring2025
{
    public const string Reform = "2025-07-01";

    /// <summary>
    /// The units of 1 July 2025 from the shared mapping: each merged group becomes a new unit and its
    /// predecessors end on 30 June; the eleven unchanged provinces carry on.
    /// </summary>
    public static async Task RestructureAsIn2025Async(this HttpClient admin)
    {
        var provinces = (await admin.GetFromJsonAsync<PagedList<ProvinceDto>>("/api/v1/provinces?pageSize=200", ApiTest.Json))!.Items;
        int IdOf(string nameEn) => provinces.Single(p => Squeezed(p.NameEn!) == Squeezed(nameEn)).Id;

        var groups = (await File.ReadAllLinesAsync(ReferenceFiles.Provinces2025)).Skip(1)
            .Select(line => line.Split(','))
            .DistinctBy(cells => cells[0])
            .GroupBy(cells => (Code: cells[3], NameVi: cells[4], NameEn: cells[5]))
            .Where(group => group.Count() > 1);
        foreach (var group in groups)
        {
            using var creation = await admin.PostAsJsonAsync("/api/v1/org-units",
                new { kind = "Province", code = group.Key.Code, nameVi = group.Key.NameVi, nameEn = group.Key.NameEn, activeFrom = Reform });
            await creation.ShouldHaveStatusAsync(HttpStatusCode.Created);
            var created = (await creation.Content.ReadFromJsonAsync<OrgUnitDto>(ApiTest.Json))!;
            using var merged = await admin.PostAsJsonAsync("/api/v1/org-units/merge",
                new { unitIds = group.Select(cells => IdOf(cells[2])).ToList(), successorId = created.Id, effectiveOn = Reform });
            await merged.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }
    }

    /// <summary>The new Bắc Ninh (old Bắc Giang + old Bắc Ninh), the one that has not ended.</summary>
    public static async Task<int> NewBacNinhAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<PagedList<ProvinceDto>>("/api/v1/provinces?search=bac%20ninh", ApiTest.Json))!.Items.Single(p => p.ActiveTo is null).Id;

    private static string Squeezed(string name) => name.Replace(" ", "").Replace("-", "");
}

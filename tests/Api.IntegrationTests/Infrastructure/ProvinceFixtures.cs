using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PapiTracker.Domain.Organization;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.OrgUnits;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Provinces as an admin adds them, through the API: the score import matches provinces and creates none.
/// The official 63 come from the shared provinces-2025.csv (old side, the provinces of 2024), imported as
/// an org-unit table the way <c>scripts/test.sh</c> prepares the end-to-end database.
/// </summary>
internal static class ProvinceFixtures
{
    public const string UnitHeader = "code,kind,name_vi,name_en,parent_code,reports_to_code,active_from";

    /// <summary>The org-unit table of the 63 provinces before the 2025 mergers, built from the shared file at run time.</summary>
    public static async Task<List<(string Code, string NameVi, string NameEn)>> OfficialProvincesAsync() =>
        (await File.ReadAllLinesAsync(ReferenceFiles.Provinces2025)).Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',')).Select(c => (c[0], c[1], c[2])).ToList();

    /// <summary>
    /// Adds the official provinces a database does not hold yet, by code or by name (the demo seed may have
    /// added Bắc Giang; a restructuring has them with their codes, Huế renamed), as
    /// an admin would with the org-unit import.
    /// </summary>
    public static async Task EnsureOfficialProvincesAsync(this HttpClient admin)
    {
        var existing = (await admin.GetFromJsonAsync<PagedList<OrgUnitDto>>("/api/v1/org-units?kind=Province&includeInactive=true&pageSize=200", ApiTest.Json))!.Items;
        var names = existing.Select(u => UnitNames.ProvinceKey(u.NameVi)).ToHashSet();
        var codes = existing.Select(u => u.Code).OfType<string>().ToHashSet();
        var missing = (await OfficialProvincesAsync()).Where(p => !codes.Contains(p.Code) && !names.Contains(UnitNames.ProvinceKey(p.NameVi))).ToList();
        if (missing.Count > 0)
            await admin.ImportUnitsAsync(missing.Select(p => $"{p.Code},Province,{p.NameVi},{p.NameEn},,,2000-01-01"));
    }

    /// <summary>Units as <c>POST /org-units/import</c> takes them, one CSV line each after the header.</summary>
    public static async Task ImportUnitsAsync(this HttpClient admin, IEnumerable<string> lines)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', [UnitHeader, .. lines]) + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "units.csv");
        using var response = await admin.PostAsync("/api/v1/org-units/import", form);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    /// <summary>One province as an admin creates it with POST /org-units.</summary>
    public static async Task<OrgUnitDto> AddProvinceAsync(this HttpClient admin, string nameVi, string? nameEn, string? code = null, DateOnly? activeFrom = null)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/org-units",
            new { kind = "Province", code, nameVi, nameEn, activeFrom = activeFrom ?? new DateOnly(2000, 1, 1) }, ApiTest.Json);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<OrgUnitDto>(ApiTest.Json))!;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// The Bắc Giang demo for `make run` (Seed:Demo): the province with the departments and bodies its
/// 2021 PAPI plan names (section IV), its 10 districts and city as they were in 2021, each with its
/// Phòng Nội vụ and a small, clearly labelled demo set of real communes, the plan's reporting lines,
/// and one demo user per role. Runs once; passwords are generated, never committed.
/// </summary>
public sealed class DemoSeed(ApplicationDbContext db, DemoUsers users, ILogger<DemoSeed> logger)
{
    public const string ProvinceCode = "24";

    /// <summary>The demo plan's province is the unit that held code 24 in 2021 (Bắc Giang; Bắc Ninh holds it from 1/7/2025).</summary>
    public static readonly DateOnly PlanYearStart = new(2021, 1, 1);

    public static readonly System.Linq.Expressions.Expression<Func<OrgUnit, bool>> IsDemoProvince = u =>
        u.Code == ProvinceCode && u.ActiveFrom <= PlanYearStart && (u.ActiveTo == null || u.ActiveTo >= PlanYearStart);
    private static readonly DateOnly Since = new(2000, 1, 1);

    private static readonly (string Code, OrgUnitKind Kind, string NameVi, string NameEn)[] ProvincialBodies =
    [
        ("BG-SNV", OrgUnitKind.Department, "Sở Nội vụ", "Department of Home Affairs"),
        ("BG-VP", OrgUnitKind.Department, "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee"),
        ("BG-STC", OrgUnitKind.Department, "Sở Tài chính", "Department of Finance"),
        ("BG-SGD", OrgUnitKind.Department, "Sở Giáo dục và Đào tạo", "Department of Education and Training"),
        ("BG-SYT", OrgUnitKind.Department, "Sở Y tế", "Department of Health"),
        ("BG-STN", OrgUnitKind.Department, "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment"),
        ("BG-STT", OrgUnitKind.Department, "Sở Thông tin và Truyền thông", "Department of Information and Communications"),
        ("BG-TT", OrgUnitKind.Department, "Thanh tra tỉnh", "Provincial Inspectorate"),
        ("BG-MTTQ", OrgUnitKind.OtherBody, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Provincial Viet Nam Fatherland Front Committee"),
        ("BG-PTTH", OrgUnitKind.OtherBody, "Đài Phát thanh và Truyền hình tỉnh", "Provincial Radio and Television Station"),
        ("BG-BAO", OrgUnitKind.OtherBody, "Báo Bắc Giang", "Bac Giang Newspaper"),
    ];

    /// <summary>Districts and city of 2021 with a demo handful of their communes, wards and townships.</summary>
    private static readonly (string Code, string NameVi, string NameEn, string[] Communes)[] Districts =
    [
        ("213", "Thành phố Bắc Giang", "Bac Giang City", ["Phường Trần Phú", "Phường Ngô Quyền", "Xã Song Mai"]),
        ("215", "Huyện Yên Thế", "Yen The District", ["Thị trấn Cầu Gồ", "Thị trấn Bố Hạ"]),
        ("216", "Huyện Tân Yên", "Tan Yen District", ["Thị trấn Cao Thượng", "Thị trấn Nhã Nam"]),
        ("217", "Huyện Lạng Giang", "Lang Giang District", ["Thị trấn Vôi", "Thị trấn Kép"]),
        ("218", "Huyện Lục Nam", "Luc Nam District", ["Thị trấn Đồi Ngô"]),
        ("219", "Huyện Lục Ngạn", "Luc Ngan District", ["Thị trấn Chũ"]),
        ("220", "Huyện Sơn Động", "Son Dong District", ["Thị trấn An Châu"]),
        ("221", "Huyện Yên Dũng", "Yen Dung District", ["Thị trấn Neo", "Thị trấn Tân Dân"]),
        ("222", "Huyện Việt Yên", "Viet Yen District", ["Thị trấn Bích Động", "Thị trấn Nếnh"]),
        ("223", "Huyện Hiệp Hòa", "Hiep Hoa District", ["Thị trấn Thắng"]),
    ];

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await db.OrgUnits.AnyAsync(u => u.Code == "BG-SNV", ct))
            return;

        var province = (await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Province).ToListAsync(ct)).FirstOrDefault(p => p.IsNamed("Bắc Giang"));
        if (province is null)
        {
            province = OrgUnit.CreateProvince("Bắc Giang", "Bac Giang");
            db.OrgUnits.Add(province);
        }
        province.Rename(ProvinceCode, province.NameVi, province.NameEn ?? "Bac Giang");

        var bodies = ProvincialBodies.ToDictionary(b => b.Code, b => Add(b.Kind, b.Code, b.NameVi, b.NameEn, province));
        var homeAffairs = bodies["BG-SNV"];
        foreach (var body in bodies.Values)
            body.ReportTo(body == homeAffairs ? null : homeAffairs);

        var districts = new Dictionary<string, OrgUnit>();
        var communes = new Dictionary<string, OrgUnit>();
        foreach (var (code, nameVi, nameEn, communeNames) in Districts)
        {
            var district = Add(OrgUnitKind.District, code, nameVi, nameEn, province);
            district.ReportTo(homeAffairs);
            // Named with its district, as in the plan's documents: the province's lists show ten of them side by side.
            var districtHomeAffairs = Add(OrgUnitKind.Department, $"{code}-PNV", $"Phòng Nội vụ {char.ToLowerInvariant(nameVi[0])}{nameVi[1..]}",
                $"Home Affairs Division, {nameEn}", district);
            districtHomeAffairs.ReportTo(homeAffairs);
            districts[code] = district;
            foreach (var (communeName, i) in communeNames.Select((c, i) => (c, i)))
            {
                var commune = Add(OrgUnitKind.Commune, $"{code}-X{i + 1:00}", communeName, null, district);
                commune.ReportTo(districtHomeAffairs);
                communes[communeName] = commune;
            }
        }
        await db.SaveChangesAsync(ct);

        await users.AddAsync("bg.coordinator", "Chuyên viên Sở Nội vụ", Role.Coordinator, province);
        await users.AddAsync("bg.viewer", "Lãnh đạo UBND tỉnh", Role.Viewer, province);
        await users.AddAsync("vietyen.coordinator", "Chuyên viên Phòng Nội vụ Việt Yên", Role.Coordinator, districts["222"]);
        await users.AddAsync("vietyen.head", "Chủ tịch UBND huyện Việt Yên", Role.UnitHead, districts["222"]);
        await users.AddAsync("nenh.officer", "Cán bộ UBND thị trấn Nếnh", Role.UnitOfficer, communes["Thị trấn Nếnh"]);
        await users.AddAsync("nenh.head", "Chủ tịch UBND thị trấn Nếnh", Role.UnitHead, communes["Thị trấn Nếnh"]);
        await users.AddAsync("stc.officer", "Chuyên viên Sở Tài chính", Role.UnitOfficer, bodies["BG-STC"]);
        var written = await users.SaveAsync(newFile: true, ct);

        logger.LogWarning("Bắc Giang demo loaded: {Units} units, {Users} demo users; passwords in {File}",
            bodies.Count + districts.Count * 2 + communes.Count + 1, written, users.CredentialsFile ?? "(not written: set Seed:DemoCredentialsFile)");
    }

    private OrgUnit Add(OrgUnitKind kind, string code, string nameVi, string? nameEn, OrgUnit parent)
    {
        var unit = OrgUnit.Create(kind, code, nameVi, nameEn, parent, Since);
        db.OrgUnits.Add(unit);
        return unit;
    }
}

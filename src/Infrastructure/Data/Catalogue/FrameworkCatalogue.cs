using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Infrastructure.Data.Catalogue;

/// <summary>
/// The PAPI framework as reference data, written into the database by migrations. Each version
/// lists its dimensions with their sub-dimensions and scales; a new index (PCI, PAR INDEX, SIPAS) or
/// a new PAPI version is a new entry here and a new migration, not new code paths.
/// Ids are fixed so migrations stay stable: dimension = version × 100 + n, sub-dimension = version × 1000 + n × 10 + k.
/// </summary>
internal static class FrameworkCatalogue
{
    private const int PapiId = 1;

    private sealed record Sub(string Code, string NameVi, string NameEn);

    private sealed record Dim(string Code, string NameVi, string NameEn, Sub[] Subs);

    /// <summary>A version is the full list less the sub-dimensions it did not measure.</summary>
    private sealed record Version(int Id, string Code, int FirstYear, int? LastYear, string[] Without);

    private static readonly Dim[] PapiDimensions =
    [
        new("1", "Tham gia của người dân ở cấp cơ sở", "Participation at local levels",
        [
            new("1.1", "Tri thức công dân", "Civic knowledge"),
            new("1.2", "Cơ hội tham gia", "Opportunities for participation"),
            new("1.3", "Chất lượng bầu cử", "Quality of elections"),
            new("1.4", "Đóng góp tự nguyện", "Voluntary contributions"),
        ]),
        new("2", "Công khai, minh bạch trong việc ra quyết định ở địa phương", "Transparency in local decision-making",
        [
            new("2.1", "Tiếp cận thông tin", "Access to information"),
            new("2.2", "Công khai, minh bạch danh sách hộ nghèo", "Transparency of poor-household lists"),
            new("2.3", "Công khai, minh bạch ngân sách xã/phường", "Transparency of commune/ward budgets"),
            new("2.4", "Công khai, minh bạch quy hoạch sử dụng đất/giá đất", "Transparency of land-use plans and land prices"),
        ]),
        new("3", "Trách nhiệm giải trình với người dân", "Vertical accountability towards citizens",
        [
            new("3.1", "Hiệu quả tương tác với các cấp chính quyền", "Interactions with local authorities"),
            new("3.2", "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", "Responses to citizens' complaints, denunciations and grievances"),
            new("3.3", "Tiếp cận dịch vụ tư pháp", "Access to justice services"),
        ]),
        new("4", "Kiểm soát tham nhũng trong khu vực công", "Control of corruption in the public sector",
        [
            new("4.1", "Kiểm soát tham nhũng trong chính quyền", "Control of corruption in local government"),
            new("4.2", "Kiểm soát tham nhũng trong cung ứng dịch vụ công", "Control of corruption in public service delivery"),
            new("4.3", "Công bằng trong tuyển dụng vào nhà nước", "Equity in state employment"),
            new("4.4", "Quyết tâm chống tham nhũng", "Willingness to fight corruption"),
        ]),
        new("5", "Thủ tục hành chính công", "Public administrative procedures",
        [
            new("5.1", "Dịch vụ chứng thực, xác nhận", "Certification procedures"),
            new("5.2", "Thủ tục cấp phép xây dựng", "Construction permits"),
            new("5.3", "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất", "Land-use right certificates"),
            new("5.4", "Thủ tục hành chính cấp xã/phường", "Commune-level administrative procedures"),
        ]),
        new("6", "Cung ứng dịch vụ công", "Public service delivery",
        [
            new("6.1", "Y tế công lập", "Public health care"),
            new("6.2", "Giáo dục tiểu học công lập", "Public primary education"),
            new("6.3", "Cơ sở hạ tầng căn bản", "Basic infrastructure"),
            new("6.4", "An ninh, trật tự", "Law and order"),
        ]),
        new("7", "Quản trị môi trường", "Environmental governance",
        [
            new("7.1", "Nghiêm túc trong bảo vệ môi trường", "Seriousness in environmental protection"),
            new("7.2", "Chất lượng không khí", "Air quality"),
            new("7.3", "Chất lượng nước", "Water quality"),
        ]),
        new("8", "Quản trị điện tử", "E-governance",
        [
            new("8.1", "Sử dụng cổng thông tin điện tử của chính quyền địa phương", "Use of local government e-portals"),
            new("8.2", "Tiếp cận và sử dụng Internet tại địa phương", "Internet access and use"),
            new("8.3", "Phúc đáp qua cổng thông tin điện tử", "Responses via e-portals"),
        ]),
    ];

    /// <summary>Four sub-dimensions share a 1–10 dimension as 0.25–2.5 each, three as 0.33–3.33, two as 0.5–5.</summary>
    private static (decimal Min, decimal Max) EvenScale(int subDimensions) => subDimensions switch
    {
        4 => (0.25m, 2.5m),
        3 => (0.33m, 3.33m),
        2 => (0.5m, 5m),
        _ => throw new ArgumentOutOfRangeException(nameof(subDimensions)),
    };

    private static readonly Version[] PapiVersions =
    [
        // 2018: e-governance was measured by 8.1 and 8.2 only.
        new(1, "PAPI-2018", 2018, 2018, ["8.3"]),
        new(2, "PAPI-2019", 2019, 2020, []),
        // 2021 on: 5.2 construction permits removed, dimension 5 rescaled over the other three.
        new(3, "PAPI-2021", 2021, null, ["5.2"]),
    ];

    public static object[] Frameworks =>
    [
        new
        {
            Id = PapiId,
            Code = IndexFramework.DefaultCode,
            NameVi = "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh",
            NameEn = "Provincial Governance and Public Administration Performance Index",
            PublishedDecimals = 2,
        },
    ];

    public static object[] Versions =>
        PapiVersions.Select(v => (object)new { v.Id, FrameworkId = PapiId, v.Code, v.FirstYear, v.LastYear }).ToArray();

    public static object[] Dimensions =>
        PapiVersions.SelectMany(v => PapiDimensions.Select((d, i) => (object)new
        {
            Id = DimensionId(v, i),
            FrameworkVersionId = v.Id,
            d.Code,
            Position = i + 1,
            d.NameVi,
            d.NameEn,
        })).ToArray();

    public static object[] SubDimensions =>
        PapiVersions.SelectMany(v => PapiDimensions.SelectMany((d, i) =>
        {
            var subs = d.Subs.Where(s => !v.Without.Contains(s.Code)).ToList();
            var (min, max) = EvenScale(subs.Count);
            return subs.Select((s, k) => (object)new
            {
                Id = DimensionId(v, i) * 10 + k + 1,
                DimensionId = DimensionId(v, i),
                s.Code,
                Position = k + 1,
                s.NameVi,
                s.NameEn,
                ScaleMin = min,
                ScaleMax = max,
            });
        })).ToArray();

    private static int DimensionId(Version version, int index) => version.Id * 100 + index + 1;
}

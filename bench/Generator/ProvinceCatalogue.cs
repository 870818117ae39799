namespace PapiTracker.Generator;

public sealed record ProvinceInfo(string Code, string NameVi, string NameEn);

/// <summary>
/// The 63 provinces as the official score file names them, with their GSO codes (mã tỉnh), so the
/// score import later matches the generated provinces by name instead of creating new ones.
/// </summary>
internal static class ProvinceCatalogue
{
    private static readonly Dictionary<string, string> _gsoCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Ha Noi"] = "01", ["Ha Giang"] = "02", ["Cao Bang"] = "04", ["Bac Kan"] = "06", ["Tuyen Quang"] = "08", ["Lao Cai"] = "10",
        ["Dien Bien"] = "11", ["Lai Chau"] = "12", ["Son La"] = "14", ["Yen Bai"] = "15", ["Hoa Binh"] = "17", ["Thai Nguyen"] = "19",
        ["Lang Son"] = "20", ["Quang Ninh"] = "22", ["Bac Giang"] = "24", ["Phu Tho"] = "25", ["Vinh Phuc"] = "26", ["Bac Ninh"] = "27",
        ["Hai Duong"] = "30", ["Hai Phong"] = "31", ["Hung Yen"] = "33", ["Thai Binh"] = "34", ["Ha Nam"] = "35", ["Nam Dinh"] = "36",
        ["Ninh Binh"] = "37", ["Thanh Hoa"] = "38", ["Nghe An"] = "40", ["Ha Tinh"] = "42", ["Quang Binh"] = "44", ["Quang Tri"] = "45",
        ["Thua Thien-Hue"] = "46", ["Da Nang"] = "48", ["Quang Nam"] = "49", ["Quang Ngai"] = "51", ["Binh Dinh"] = "52", ["Phu Yen"] = "54",
        ["Khanh Hoa"] = "56", ["Ninh Thuan"] = "58", ["Binh Thuan"] = "60", ["Kon Tum"] = "62", ["Gia Lai"] = "64", ["Dak Lak"] = "66",
        ["Dak Nong"] = "67", ["Lam Dong"] = "68", ["Binh Phuoc"] = "70", ["Tay Ninh"] = "72", ["Binh Duong"] = "74", ["Dong Nai"] = "75",
        ["Ba Ria-Vung Tau"] = "77", ["Ho Chi Minh City"] = "79", ["Long An"] = "80", ["Tien Giang"] = "82", ["Ben Tre"] = "83",
        ["Tra Vinh"] = "84", ["Vinh Long"] = "86", ["Dong Thap"] = "87", ["An Giang"] = "89", ["Kien Giang"] = "91", ["Can Tho"] = "92",
        ["Hau Giang"] = "93", ["Soc Trang"] = "94", ["Bac Lieu"] = "95", ["Ca Mau"] = "96",
    };

    public static IReadOnlyList<ProvinceInfo> FromScoresFile(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The official score file is needed for the province names: {path} (pass --scores).", path);
        var provinces = new List<ProvinceInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var extra = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            // year,province_vi,province_en,scores...: names hold no commas in the official file.
            var cells = line.Split(',');
            if (cells.Length < 3 || !seen.Add(cells[2]))
                continue;
            var code = _gsoCodes.TryGetValue(cells[2], out var gso) ? gso : $"X{++extra:00}";
            provinces.Add(new ProvinceInfo(code, cells[1].Trim(), cells[2].Trim()));
        }
        return provinces.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
    }
}

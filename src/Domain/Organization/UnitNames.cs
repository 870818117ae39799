using System.Text.RegularExpressions;
using PapiTracker.Domain.Common;

namespace PapiTracker.Domain.Organization;

/// <summary>
/// Names as different lists write them: "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh" and "Ho Chi Minh";
/// "Thừa Thiên-Huế" and "Thừa Thiên Huế"; "Thị trấn Nếnh" and "Phường Nếnh" (the same place, another kind).
/// </summary>
public static partial class UnitNames
{
    /// <summary>A province's name folded, without "Thành phố"/"TP."/"Tỉnh" before it or " City"/" Province" after it, hyphens as spaces.</summary>
    public static string ProvinceKey(string name) =>
        Spaces().Replace(ProvincePrefix().Replace(Spaces().Replace(VietnameseText.Fold(name).Replace('-', ' '), " ").Trim(), ""), " ").Trim();

    /// <summary>A commune's name folded, without its kind ("Xã", "Phường", "Thị trấn", "Đặc khu") before it, hyphens as spaces.</summary>
    public static string LocalKey(string name) =>
        Spaces().Replace(LocalPrefix().Replace(Spaces().Replace(VietnameseText.Fold(name).Replace('-', ' '), " ").Trim(), ""), " ").Trim();

    [GeneratedRegex(@"^(thanh pho|tp\.?|tinh)\s+|\s+(city|province)$")]
    private static partial Regex ProvincePrefix();

    [GeneratedRegex(@"^(xa|phuong|thi tran|dac khu|ward|commune|town)\s+")]
    private static partial Regex LocalPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

namespace PapiTracker.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The official score file lives in ../shared/reference beside the checkout (CI has it there); the
/// project never commits a copy. PAPI_SHARED_DIR points elsewhere if needed.
/// </summary>
internal static class ReferenceFiles
{
    public const string OfficialScoresName = "papi-subdimension-scores-2018-2024.csv";

    public static string OfficialScores => Shared("reference", OfficialScoresName);

    /// <summary>The 2025 restructuring's table: its old side names the 63 provinces PAPI surveyed until 2024, with their codes.</summary>
    public static string Provinces2025 => Admin2025("provinces-2025.csv");

    private static string Shared(params string[] parts)
    {
        var path = Path.Combine([SharedDir, .. parts]);
        if (!File.Exists(path))
            Assert.Ignore($"{path} is absent: these tests need the shared reference data beside the checkout (CI has it).");
        return path;
    }

    /// <summary>The reference directory itself (the demo after 1/7/2025 reads its files from it).</summary>
    public static string Reference => Path.GetDirectoryName(OfficialScores)!;

    /// <summary>VCCI's PCI sub-indices and totals 2005–2024 (reference/indices), one row per province and year.</summary>
    public static string Pci => Shared("reference", "indices", "pci-2005-2024.csv");

    /// <summary>A file of the 2025 restructuring's reference data (reference/admin-2025).</summary>
    public static string Admin2025(string name) => Shared("reference", "admin-2025", name);

    private static string SharedDir =>
        Environment.GetEnvironmentVariable("PAPI_SHARED_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(RepositoryRoot, "..", "shared");

    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PapiTracker.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("PapiTracker.sln not found above the test assembly.");
        }
    }

    public static string RepositoryFile(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);
}

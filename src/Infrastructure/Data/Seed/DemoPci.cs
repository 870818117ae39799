using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Frameworks.Commands.DefineFramework;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;

namespace PapiTracker.Infrastructure.Data.Seed;

/// <summary>
/// PCI beside PAPI in the demo, from the shared reference data (Seed:ReferenceDirectory), as an operator would
/// load it: the framework defined from <c>docs/frameworks/pci.json</c>, then <c>indices/pci-2005-2024.csv</c>
/// imported on it. The import takes a file whole or not at all, so the rows it refuses (the 2005 pilot, which
/// no version covers; Hà Tây, a province the demo does not have) are left out and the rest imported, with the
/// counts in the log. It runs after the 2025 restructuring, which brings the 63 provinces the rows name; once
/// PCI has a release it does nothing.
/// </summary>
public sealed class DemoPci(ApplicationDbContext db, IServiceProvider services, ILogger<DemoPci> logger)
{
    public const string Code = "PCI";

    /// <summary>Each refusal lists at most <see cref="FileRejectedException.MaxProblemsListed"/> problems; a few rounds leave out all of them.</summary>
    private const int Rounds = 5;

    public async Task EnsureAsync(string referenceDirectory, CancellationToken ct)
    {
        var scores = Path.Combine(referenceDirectory, "indices", "pci-2005-2024.csv");
        if (!File.Exists(scores))
        {
            logger.LogWarning("PCI is not loaded: {File} not found", scores);
            return;
        }
        if (!await db.Frameworks.AnyAsync(f => f.Code == Code, ct))
        {
            await using var definition = typeof(DemoPci).Assembly.GetManifestResourceStream("frameworks/pci.json")
                ?? throw new InvalidOperationException("frameworks/pci.json is not embedded.");
            await ActivatorUtilities.CreateInstance<DefineFrameworkCommandHandler>(services).Handle(FrameworkFile.Read(definition, "pci.json"), ct);
        }
        if (await db.ScoreReleases.AnyAsync(r => db.Frameworks.Any(f => f.Code == Code && f.Versions.Any(v => v.Id == r.FrameworkVersionId)), ct))
            return;

        // Line n of the file is row n of the import's problems (no cell of the file spans lines).
        var kept = (await File.ReadAllLinesAsync(scores, ct)).Where(l => l.Length > 0).ToList();
        var rows = kept.Count - 1;
        for (var round = 0; round < Rounds; round++)
        {
            var content = Encoding.UTF8.GetBytes(string.Join('\n', kept) + "\n");
            try
            {
                var imported = await ActivatorUtilities.CreateInstance<ImportScoreReleaseCommandHandler>(services)
                    .Handle(new ImportScoreReleaseCommand(new MemoryStream(content), Path.GetFileName(scores), content.Length, Code), ct);
                logger.LogWarning("PCI loaded: {Imported} of {Rows} rows in {Years} years; {Skipped} rows the import refuses left out",
                    imported.Years.Sum(y => y.Provinces), rows, imported.Years.Count, rows - (kept.Count - 1));
                return;
            }
            catch (FileRejectedException refused)
            {
                if (refused.Problems.FirstOrDefault(p => p.Row <= 1) is { } header)
                {
                    logger.LogWarning("PCI is not loaded: {File} is refused whole: {Problem}", scores, header.Message);
                    return;
                }
                foreach (var row in refused.Problems.Select(p => p.Row).Distinct().OrderDescending())
                    kept.RemoveAt(row - 1);
            }
        }
        logger.LogWarning("PCI is not loaded: {File} still has rows the import refuses after {Rounds} rounds", scores, Rounds);
    }
}

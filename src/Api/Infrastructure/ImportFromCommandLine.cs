using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.OrgUnits.Commands.ImportOrgUnits;
using PapiTracker.Application.Populations.Commands.ImportPopulations;
using PapiTracker.Application.Restructurings.Commands.RestructureUnits;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;
using PapiTracker.Application.ScoreReleases;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// What the command line asks for: <c>import FILE [--dry-run] [--confirm]</c> (an official score file, a
/// restructuring file or a population file, told apart by their header),
/// <c>import-units FILE</c> (an org-unit table, as <c>POST /org-units/import</c> takes it) or
/// <c>import-provinces FILE</c> (the provinces before the 2025 mergers, from the old side of the official
/// restructuring table <c>provinces-2025.csv</c>); the arguments after them go to the host.
/// </summary>
internal sealed record CommandLineImport(string Verb, string File, bool DryRun, bool Confirm, string[] HostArgs)
{
    public static CommandLineImport? Parse(string[] args)
    {
        if (args is not [("import" or "import-units" or "import-provinces") and var verb, var file, .. var rest])
            return null;
        string[] flags = ["--dry-run", "--confirm"];
        return new CommandLineImport(verb, file, rest.Contains("--dry-run"), rest.Contains("--confirm"), rest.Where(a => !flags.Contains(a)).ToArray());
    }
}

/// <summary>Runs a <see cref="CommandLineImport"/>: migrates, imports, prints what happened, exits non-zero on refusal.</summary>
internal static class ImportFromCommandLine
{
    /// <summary>Whoever can run the program against the database is its operator; the import runs as such.</summary>
    public static void ActAsOperator(this IServiceCollection services) => services.AddScoped<ICurrentUser, Operator>();

    public static async Task<int> RunAsync(WebApplication app, CommandLineImport import)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        try
        {
            await using var content = File.OpenRead(import.File);
            var name = Path.GetFileName(import.File);
            if (import.Verb is "import-units" or "import-provinces")
            {
                await using Stream? table = import.Verb == "import-units"
                    ? content
                    : await OfficialProvinces.MissingAsUnitTableAsync(scope.ServiceProvider, content, name);
                if (table is null)
                {
                    Console.WriteLine("Every official province is in the database already.");
                    return 0;
                }
                var units = await sender.Send(new ImportOrgUnitsCommand(table, name, table.Length));
                Console.WriteLine($"Imported {units.Created} unit(s).");
                return 0;
            }
            var header = await HeaderAsync(scope.ServiceProvider.GetRequiredService<ITableReader>(), import.File);
            if (RestructuringFile.IsRestructuringHeader(header))
                return await RestructureAsync(sender, import.File);
            if (ImportPopulationsCommandHandler.IsPopulationHeader(header))
            {
                var figures = await sender.Send(new ImportPopulationsCommand(content, name, content.Length, import.DryRun));
                Console.WriteLine($"{(figures.DryRun ? "Dry run: nothing written. " : "")}Population figures: {figures.Added} added, {figures.Revised} revised, {figures.Unchanged} unchanged.");
                return 0;
            }
            var result = await sender.Send(new ImportScoreReleaseCommand(content, name, content.Length, DryRun: import.DryRun, Confirm: import.Confirm));
            Print(result.Years);
            Console.WriteLine(result.DryRun
                ? $"Dry run: nothing written. SHA-256 {result.Sha256}."
                : $"Imported {result.Years.Count} year(s). SHA-256 {result.Sha256}.");
            return 0;
        }
        catch (FileRejectedException rejected)
        {
            Console.Error.WriteLine(rejected.Message);
            foreach (var problem in rejected.Problems)
                Console.Error.WriteLine($"  row {problem.Row}{(problem.Column is null ? "" : $", {problem.Column}")}: {problem.Message}");
            return 1;
        }
        catch (ImportNeedsConfirmationException unconfirmed)
        {
            Print(unconfirmed.Years);
            Console.Error.WriteLine(unconfirmed.Message);
            Console.Error.WriteLine("Nothing was written. To replace the release anyway: make import FILE=… CONFIRM=1 (--confirm).");
            return 2;
        }
    }

    /// <summary>
    /// The interim source of the official provinces, until the restructuring import creates them: the old
    /// side of provinces-2025.csv (code, name_vi, name_en) as an org-unit table, leaving out the provinces the
    /// database has already by code or by name (the demo's Bắc Giang), so that running it again adds nothing.
    /// </summary>
    private static class OfficialProvinces
    {
        /// <returns>Null when the database has every one of them.</returns>
        public static async Task<MemoryStream?> MissingAsUnitTableAsync(IServiceProvider services, Stream restructuring, string name)
        {
            var db = services.GetRequiredService<ApplicationDbContext>();
            var existing = await db.OrgUnits.AsNoTracking().Where(u => u.Kind == OrgUnitKind.Province).Select(u => new { u.Code, u.NameVi }).ToListAsync();
            var codes = existing.Select(u => u.Code).OfType<string>().ToHashSet();
            var names = existing.Select(u => UnitNames.ProvinceKey(u.NameVi)).ToHashSet();
            var table = new StringBuilder("code,kind,name_vi,name_en,parent_code,reports_to_code,active_from\n");
            TableHeader? header = null;
            var missing = 0;
            await foreach (var row in services.GetRequiredService<ITableReader>().ReadAsync(restructuring, name, CancellationToken.None))
            {
                if (header is null)
                {
                    header = new TableHeader(row.Cells);
                    continue;
                }
                var (code, nameVi, nameEn) = (header.Cell(row, "old_code"), header.Cell(row, "old_name_vi"), header.Cell(row, "old_name_en"));
                if (code.Length == 0 || codes.Contains(code) || !names.Add(UnitNames.ProvinceKey(nameVi)) || !codes.Add(code))
                    continue;
                table.Append(CultureInfo.InvariantCulture, $"{code},Province,{nameVi},{nameEn},,,{OrgUnit.ProvincesKnownSince:yyyy-MM-dd}\n");
                missing++;
            }
            return missing == 0 ? null : new MemoryStream(Encoding.UTF8.GetBytes(table.ToString()));
        }
    }

    private static void Print(IReadOnlyList<ImportedYearDto> years)
    {
        foreach (var year in years)
        {
            Console.WriteLine($"{year.SurveyYear}: {year.Provinces} provinces, {year.FrameworkVersion}, "
                + (year.Replaced ? $"revision {year.Revision} replaces {year.Revision - 1}" : "new"));
            if (year.Replaced)
                Console.WriteLine("  " + Summary(year.Changes));
            foreach (var reason in year.Changes.ConfirmationReasons)
                Console.WriteLine($"  needs confirmation: {reason}");
        }
    }

    private static string Summary(ReleaseChangesDto changes) =>
        $"{changes.ProvincesAdded.Count} province(s) added, {changes.ProvincesRemoved.Count} removed, {changes.ProvincesChanged.Count} changed; "
        + $"{changes.ValuesChanged} of {changes.ValuesBefore} values changed ({changes.ShareOfValuesChanged:P1}); {changes.RankMoves.Count} rank(s) move";

    /// <summary>The file's first row, which tells a restructuring or population file from a score file.</summary>
    private static async Task<IReadOnlyList<string>> HeaderAsync(ITableReader reader, string file)
    {
        await using var content = File.OpenRead(file);
        await foreach (var row in reader.ReadAsync(content, Path.GetFileName(file), CancellationToken.None))
            return row.Cells;
        return [];
    }

    private static async Task<int> RestructureAsync(ISender sender, string file)
    {
        await using var content = File.OpenRead(file);
        var result = await sender.Send(new RestructureUnitsCommand(true, content, Path.GetFileName(file), content.Length, null, null, null, null));
        Console.WriteLine(result.AlreadyApplied
            ? $"{result.Kind} restructuring of {result.EffectiveOn:yyyy-MM-dd}: already applied, nothing changed."
            : $"{result.Kind} restructuring of {result.EffectiveOn:yyyy-MM-dd} applied (#{result.Id}): {result.Ended.Count} ended, {result.Created.Count} created, "
              + $"{result.Historical.Count} registered as they were, {result.Continued.Count} continuing, {result.Moved.Count} moved, {result.Skipped.Count} rows skipped, "
              + $"{result.Carried.Count} carried over, {result.NotCarried.Count} not carried.");
        return 0;
    }
}

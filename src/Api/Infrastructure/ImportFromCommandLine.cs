using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.Restructurings.Commands.RestructureUnits;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// `import FILE`: migrates, imports one official score file — or applies a restructuring file (told by
/// its header: old_code… or old_district_code…) — prints what happened, exits non-zero on refusal.
/// </summary>
internal static class ImportFromCommandLine
{
    public static string? FileArgument(string[] args) => args is ["import", var file, ..] ? file : null;

    /// <summary>Whoever can run the program against the database is its operator; the import runs as such.</summary>
    public static void ActAsOperator(this IServiceCollection services) => services.AddScoped<ICurrentUser, Operator>();

    public static async Task<int> RunAsync(WebApplication app, string file)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Database.MigrateAsync();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();
        try
        {
            if (await IsRestructuringAsync(scope.ServiceProvider.GetRequiredService<ITableReader>(), file))
                return await RestructureAsync(sender, file);
            await using var content = File.OpenRead(file);
            var result = await sender.Send(new ImportScoreReleaseCommand(content, Path.GetFileName(file), content.Length));
            foreach (var year in result.Years)
                Console.WriteLine($"{year.SurveyYear}: {year.Provinces} provinces, {year.FrameworkVersion}, {(year.Replaced ? $"replaced (revision {year.Revision})" : "new")}");
            Console.WriteLine($"Imported {result.Years.Count} year(s); {result.ProvincesCreated} province(s) created.");
            return 0;
        }
        catch (FileRejectedException rejected)
        {
            Console.Error.WriteLine(rejected.Message);
            foreach (var problem in rejected.Problems)
                Console.Error.WriteLine($"  row {problem.Row}{(problem.Column is null ? "" : $", {problem.Column}")}: {problem.Message}");
            return 1;
        }
    }

    private static async Task<bool> IsRestructuringAsync(ITableReader reader, string file)
    {
        await using var content = File.OpenRead(file);
        await foreach (var row in reader.ReadAsync(content, Path.GetFileName(file), CancellationToken.None))
            return RestructuringFile.IsRestructuringHeader(row.Cells);
        return false;
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

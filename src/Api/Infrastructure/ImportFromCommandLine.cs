using Mediator;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.Infrastructure;

/// <summary>`import FILE`: migrates, imports one official score file, prints what happened, exits non-zero on refusal.</summary>
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
}

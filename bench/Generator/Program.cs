using System.Diagnostics;
using PapiTracker.Generator;

// Fills a PapiTracker database with a national dataset, deterministic from a seed:
//   dotnet PapiTracker.Generator.dll --connection "Host=...;Database=...;Username=..." [--seed 7] [--scores path.csv]
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(GeneratorOptions.Usage);
    return 2;
}

var total = Stopwatch.StartNew();
await Database.MigrateAsync(options.ConnectionString);
Progress.Step("migrations applied");

var provinces = ProvinceCatalogue.FromScoresFile(options.ScoresFile);
var dataset = NationalDataset.Build(provinces, options);
Progress.Step($"dataset built in memory: {dataset.Summary()}");

await using (var writer = await BulkWriter.OpenAsync(options.ConnectionString))
{
    await writer.WriteAsync(dataset);
}
Progress.Step($"done in {total.Elapsed.TotalSeconds:0.0} s");
return 0;

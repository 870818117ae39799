using PapiTracker.Api.Endpoints;
using PapiTracker.Api.Infrastructure;

// `dotnet PapiTracker.Api.dll import FILE` imports a score, restructuring or population file and exits (make import FILE=...);
// `import-units FILE` an org-unit table.
var import = CommandLineImport.Parse(args);
var builder = WebApplication.CreateBuilder(import?.HostArgs ?? args);
builder.AddPapiTrackerServices();
if (import is not null)
    builder.Services.ActAsOperator();

var app = builder.Build();
if (import is not null)
    return await ImportFromCommandLine.RunAsync(app, import);

await app.PrepareDatabaseIfConfiguredAsync();
app.UsePapiTrackerPipeline();

app.MapHealthEndpoints();
var v1 = app.MapApiVersion(1);
v1.MapAuthEndpoints();
v1.MapFrameworksEndpoints();
v1.MapScoreReleasesEndpoints();
v1.MapProvincesEndpoints();
v1.MapPopulationsEndpoints();
v1.MapOrgUnitsEndpoints();
v1.MapRestructuringsEndpoints();
v1.MapPlansEndpoints();
v1.MapActionItemsEndpoints();
v1.MapReportingEndpoints();
v1.MapDocumentsEndpoints();
v1.MapSubmissionEndpoints();
v1.MapUsersEndpoints();
v1.MapApiTokensEndpoints();
v1.MapAuditEndpoints();
v1.MapEventsEndpoints();
v1.MapExportsEndpoints();
v1.MapNotificationsEndpoints();
v1.MapWebhooksEndpoints();
app.MapDashboard();

await app.RunAsync();
return 0;

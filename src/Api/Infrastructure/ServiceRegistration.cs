using System.Text.Json.Serialization;
using Asp.Versioning;
using Microsoft.AspNetCore.Http.Features;
using PapiTracker.Api.Endpoints;
using PapiTracker.Api.Security;
using PapiTracker.Application;
using PapiTracker.Application.Common.Behaviours;
using PapiTracker.Application.Common.Files;
using PapiTracker.Domain.Plans;
using PapiTracker.Infrastructure;
using Serilog;

namespace PapiTracker.Api.Infrastructure;

internal static class ServiceRegistration
{
    public static void AddPapiTrackerServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSerilog((sp, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console());

        services.AddApplication();
        services.AddInfrastructure(builder.Configuration);
        services.AddHostedService<ReminderService>();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(PapiTracker.Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(RefusalAuditBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });

        services.AddPapiAuthentication(builder.Configuration);

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // The largest upload of any endpoint; each endpoint sets its own, smaller or equal, request size limit.
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = Math.Max(UploadLimits.MaxTableBytes, EvidenceFile.MaxBytes) + UploadOverheadBytes);

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDetailsLocalization.Apply);
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();

        services.AddApiVersioning(o =>
            {
                o.DefaultApiVersion = new ApiVersion(1);
                o.ReportApiVersions = true;
                o.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddApiExplorer(o =>
            {
                o.GroupNameFormat = "'v'VVV";
                o.SubstituteApiVersionInUrl = true;
            });
        services.AddEndpointsApiExplorer();
        services.AddSwaggerDocuments();

        services.AddHealthChecks()
            .AddNpgSql(builder.Configuration.GetConnectionString(PapiTracker.Infrastructure.DependencyInjection.ConnectionStringName)!, tags: [HealthEndpoints.ReadyTag]);
    }

    /// <summary>Room for the multipart envelope around a file at the size limit.</summary>
    public const long UploadOverheadBytes = 64 * 1024;
}

using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Asp.Versioning;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.ResponseCompression;
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
        services.AddHostedService<ChangeListener>();
        services.AddHostedService<ReminderService>();
        services.AddHostedService<WebhookService>();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(PapiTracker.Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(RefusalAuditBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>),
                typeof(QueryCachingBehaviour<,>)];
        });

        services.AddPapiAuthentication(builder.Configuration);
        // JSON and the dashboard's text assets, Brotli or gzip as the client accepts, at the fastest level:
        // a ranking of 63 provinces goes from 12.8 kB to 2.8 kB.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json"];
        });
        services.AddBrowserHardening(builder.Configuration);

        services.ConfigureHttpJsonOptions(o =>
        {
            // Enum names only: a number would bind to a value the enum does not define.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            // The contract marks non-nullable members required: a missing or null one is a 400, not a null in a handler.
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(RequireNonNullableReferences);
        });
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
            .AddNpgSql(PapiTracker.Infrastructure.DependencyInjection.DatabaseConnectionString(builder.Configuration),
                tags: [HealthEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(3))
            .AddCheck<CacheCoherenceHealthCheck>("change-channel", tags: [HealthEndpoints.ReadyTag]);
    }

    /// <summary>
    /// A constructor parameter of a non-nullable reference type (a name, a list) must be in the body;
    /// nullable ones, value types and parameters with a default may be left out.
    /// </summary>
    private static void RequireNonNullableReferences(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
            return;
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false } && !property.PropertyType.IsValueType && !property.IsSetNullable)
                property.IsRequired = true;
        }
    }

    /// <summary>Room for the multipart envelope around a file at the size limit.</summary>
    public const long UploadOverheadBytes = 64 * 1024;
}

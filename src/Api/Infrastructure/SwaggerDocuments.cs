using Asp.Versioning.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PapiTracker.Api.Infrastructure.Contract;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PapiTracker.Api.Infrastructure;

/// <summary>One OpenAPI document per API version at /swagger/v{n}/swagger.json, browsed at /swagger.</summary>
internal static class SwaggerDocuments
{
    private const string BearerScheme = "Bearer";
    private const string ApiKeyScheme = "ApiKey";

    public static void AddSwaggerDocuments(this IServiceCollection services)
    {
        services.AddSwaggerGen(o =>
        {
            o.SupportNonNullableReferenceTypes();
            o.NonNullableReferenceTypesAsRequired();
            o.UseAllOfToExtendReferenceSchemas();
            o.SchemaFilter<ValidatorLimits>();
            o.OperationFilter<ValidatorLimits>();
            o.OperationFilter<HttpContract>();
            o.OperationFilter<RequestExamples>();
            o.DocumentFilter<HttpContract>();
            o.DocumentFilter<ProblemShapes>();
            o.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "Access token from POST /api/v1/auth/login: a signed JWT (HS256 only, issuer, audience and lifetime checked) as RFC8725 advises.",
            });
            o.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Security.ApiTokenAuthenticationHandler.HeaderName,
                Description = "An integration's API token (POST /api/v1/api-tokens).",
            });
            // Two requirements, not one with two schemes: either credential is enough.
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] });
            o.AddSecurityRequirement(document => new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, document)] = [] });
        });
        services.AddSingleton<IConfigureOptions<SwaggerGenOptions>, DocumentPerVersion>();
    }

    public static void UseSwaggerDocuments(this WebApplication app)
    {
        // Relative: the document describes the server that serves it, wherever it is deployed.
        app.UseSwagger(o => o.PreSerializeFilters.Add((document, _) => document.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "This deployment (production or test): the server that serves this document",
                // For other government systems' integrations as much as for the dashboard.
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            },
        ]));
        app.UseSwaggerUI(o =>
        {
            foreach (var description in app.DescribeApiVersions())
                o.SwaggerEndpoint($"/swagger/{description.GroupName}/swagger.json", $"PapiTracker API {description.GroupName}");
            o.DocumentTitle = "PapiTracker API";
        });
    }

    private sealed class DocumentPerVersion(IApiVersionDescriptionProvider versions) : IConfigureOptions<SwaggerGenOptions>
    {
        public void Configure(SwaggerGenOptions options)
        {
            foreach (var description in versions.ApiVersionDescriptions)
            {
                options.SwaggerDoc(description.GroupName, new OpenApiInfo
                {
                    Title = "PapiTracker API",
                    Version = description.ApiVersion.ToString(),
                    Description = "Official PAPI scores, rankings and province profiles; plans, actions and reporting follow. "
                        + "Errors are RFC 9457 problem details with a traceId; titles follow Accept-Language (vi by default).",
                    Contact = new OpenApiContact { Name = "PapiTracker operators: the province's system administrators" },
                });
            }
        }
    }
}

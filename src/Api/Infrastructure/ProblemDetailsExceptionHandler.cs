using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Infrastructure;

/// <summary>The one place where exceptions become RFC 9457 problem details.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(validation.Errors
                .GroupBy(e => JsonName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            { Status = StatusCodes.Status400BadRequest },
            FileRejectedException rejected => FileProblem(rejected),
            NotFoundException => Problem(StatusCodes.Status404NotFound, exception.Message),
            UnauthorizedException => Problem(StatusCodes.Status401Unauthorized, exception.Message),
            ForbiddenAccessException => Problem(StatusCodes.Status403Forbidden, exception.Message),
            TooManyAttemptsException tooMany => Problem(StatusCodes.Status429TooManyRequests, tooMany.Message),
            UnsupportedMediaTypeException => Problem(StatusCodes.Status415UnsupportedMediaType, exception.Message),
            PayloadTooLargeException => Problem(StatusCodes.Status413PayloadTooLarge, exception.Message),
            DomainException => Problem(StatusCodes.Status409Conflict, exception.Message),
            PreconditionFailedException or DbUpdateConcurrencyException =>
                Problem(StatusCodes.Status412PreconditionFailed, "Someone changed this since you loaded it; reload and apply your change again."),
            PreconditionRequiredException => Problem(StatusCodes.Status428PreconditionRequired, exception.Message),
            // Two requests creating the same thing at once: the database's unique key lets one through.
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                Problem(StatusCodes.Status409Conflict, "Someone did the same at the same moment; reload to see it."),
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, badRequest.Message),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (exception is UnauthorizedException)
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
        if (exception is TooManyAttemptsException { RetryAfter: var wait })
            httpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string? detail) => new() { Status = status, Detail = detail };

    /// <summary>Field errors keyed by row and column, plus the same as a list a client can show as a table.</summary>
    private static ValidationProblemDetails FileProblem(FileRejectedException rejected)
    {
        var problem = new ValidationProblemDetails(rejected.Problems
            .GroupBy(p => p.Column is null ? $"row {p.Row}" : $"row {p.Row}, {p.Column}")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = rejected.Message,
        };
        problem.Extensions["problems"] = rejected.Problems;
        return problem;
    }

    private static string JsonName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}

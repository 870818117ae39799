using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PapiTracker.Api.Security.RateLimiting;
using PapiTracker.Application.Common.Exceptions;
using PapiTracker.Application.Common.Files;
using PapiTracker.Application.ScoreReleases.Commands.ImportScoreRelease;
using PapiTracker.Domain.Common;

namespace PapiTracker.Api.Infrastructure;

/// <summary>The one place where exceptions become RFC 9457 problem details.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    /// <summary>Not in HTTP's registry, but what servers (nginx first) log for a caller that hung up before the answer.</summary>
    private const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The caller is gone and its transaction rolled back: nothing to answer and nothing to alarm anyone about.
            logger.LogInformation("{Method} {Path} cancelled by the caller", httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        if (exception is BadHttpRequestException unreadable)
            logger.LogInformation("{Method} {Path} unreadable: {Reason}", httpContext.Request.Method, httpContext.Request.Path, unreadable.Message);
        var language = ProblemDetailsLocalization.Culture(httpContext.Request);
        ProblemDetails Problem(int status, Text? detail) => new() { Status = status, Detail = detail?.In(language) };
        var problem = exception switch
        {
            ValidationException validation => new ValidationProblemDetails(validation.Errors
                .GroupBy(e => JsonName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            { Status = StatusCodes.Status400BadRequest },
            FileRejectedException rejected => FileProblem(rejected, language),
            ImportNeedsConfirmationException unconfirmed => ConfirmationProblem(unconfirmed, language),
            NotFoundException found => Problem(StatusCodes.Status404NotFound, found.Text),
            UnauthorizedException unauthorized => Problem(StatusCodes.Status401Unauthorized, unauthorized.Text),
            ForbiddenAccessException forbidden => Problem(StatusCodes.Status403Forbidden, forbidden.Text),
            TooManyAttemptsException tooMany => Problem(StatusCodes.Status429TooManyRequests, tooMany.Text),
            UnsupportedMediaTypeException unsupported => Problem(StatusCodes.Status415UnsupportedMediaType, unsupported.Text),
            PayloadTooLargeException tooLarge => Problem(StatusCodes.Status413PayloadTooLarge, tooLarge.Text),
            DomainException rule => Problem(StatusCodes.Status409Conflict, rule.Text),
            PreconditionFailedException or DbUpdateConcurrencyException =>
                Problem(StatusCodes.Status412PreconditionFailed, Messages.ChangedSinceRead),
            PdfRendererUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, unavailable.Text),
            SigningServiceUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, unavailable.Text),
            SignedCopyRejectedException rejected => Problem(StatusCodes.Status502BadGateway, rejected.Text),
            PreconditionRequiredException required => Problem(StatusCodes.Status428PreconditionRequired, required.Text),
            // ASP.NET Core's own wording (which parameter it could not bind) is English only; the status says what kind.
            BadHttpRequestException badRequest => Problem(badRequest.StatusCode, badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Messages.RequestTooLarge
                : Messages.RequestUnreadable),
            _ when Database(exception) is { IsTransient: true } =>
                Problem(StatusCodes.Status503ServiceUnavailable, Messages.DatabaseUnavailable),
            // Use cases check for duplicates first; two requests that pass the check together meet the unique index.
            _ when Database(exception) is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } =>
                Problem(StatusCodes.Status409Conflict, Messages.SavedTwiceAtOnce),
            _ when Database(exception) is PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter } =>
                Problem(StatusCodes.Status400BadRequest, Messages.CharacterCannotBeStored),
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
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            logger.LogWarning(exception, "Unavailable for {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path,
                exception switch
                {
                    PdfRendererUnavailableException renderer => renderer.Cause.Message,
                    SigningServiceUnavailableException signing => signing.Cause.Message,
                    _ => "the database",
                });
            httpContext.Response.Headers.RetryAfter = "5";
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>The database's own error, however EF Core wrapped it (a failed save, a failed query, a connection that never opened).</summary>
    private static NpgsqlException? Database(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is NpgsqlException npgsql)
                return npgsql;
        }
        return null;
    }

    /// <summary>Field errors keyed by row and column, plus the same as a list a client can show as a table.</summary>
    private static ValidationProblemDetails FileProblem(FileRejectedException rejected, System.Globalization.CultureInfo language)
    {
        var problem = new ValidationProblemDetails(rejected.Problems
            .GroupBy(p => p.Column is null ? $"row {p.Row}" : $"row {p.Row}, {p.Column}")
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = rejected.Text.In(language),
        };
        problem.Extensions["problems"] = rejected.Problems;
        return problem;
    }

    /// <summary>409 with the preview the caller confirms: what each year of the file would change.</summary>
    private static ProblemDetails ConfirmationProblem(ImportNeedsConfirmationException unconfirmed, System.Globalization.CultureInfo language)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Detail = unconfirmed.Text.In(language) };
        problem.Extensions["years"] = unconfirmed.Years;
        return problem;
    }

    private static string JsonName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];
}

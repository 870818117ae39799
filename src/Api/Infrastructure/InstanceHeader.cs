namespace PapiTracker.Api.Infrastructure;

/// <summary>
/// With Instance:Name set (make run with several replicas, compose), every response says which API process
/// answered in <c>X-Instance</c>: behind the proxy that is the only way an operator or a test can tell the
/// processes apart. Unset, no header: a single process has nothing to tell and the name stays private.
/// </summary>
internal static class InstanceHeader
{
    public const string Name = "X-Instance";

    public static void UseInstanceHeader(this WebApplication app)
    {
        if (app.Configuration["Instance:Name"] is not { Length: > 0 } instance)
            return;
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Name] = instance;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}

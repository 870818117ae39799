using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;
using static PapiTracker.Api.IntegrationTests.Conventions.ProblemLanguage;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>
/// One language per screen: every problem the API answers speaks the caller's language in its title,
/// detail and field errors. Through HTTP, each kind of problem the API produces is asked for in both
/// languages; the catalogue every message comes from is walked whole.
/// </summary>
public sealed class ProblemLanguageTests : ApiTest
{
    private sealed record Case(string Name, HttpStatusCode Status, Func<string, Task<HttpResponseMessage>> Send);

    [Test]
    public async Task ShouldAnswerEveryKindOfProblem_WhollyInTheCallersLanguage()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Tinh A");
        var district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyen B", province);
        var viewer = await TestActors.ClientWithRoleAsync(Role.Viewer, province.Id);
        await TestActors.UserAsync("locked.user", "Right-Password-1");
        for (var i = 0; i < 5; i++)
            (await SignInAsync("locked.user", "en")).Dispose();
        var me = await GetAsync<JsonElement>("/api/v1/me");
        var adminId = me.GetProperty("user").GetProperty("id").GetString();
        var csv = ScoreFileUploads.Row(2020, "Tinh A", "Tinh A", 1.5m).Split(',');
        csv[3] = "abc";

        Case[] cases =
        [
            new("built-in rules", HttpStatusCode.BadRequest, l => SendAsync(Client, HttpMethod.Get, "/api/v1/score-releases?page=0&pageSize=201", l)),
            new("a catalogue rule", HttpStatusCode.BadRequest, l => SendAsync(Client, HttpMethod.Get, "/api/v1/score-releases/2020/rankings?sort=colour", l)),
            new("a field refused by the use case", HttpStatusCode.BadRequest,
                l => SendAsync(Client, HttpMethod.Post, $"/api/v1/users/{adminId}/roles", l, JsonContent.Create(new { role = "Viewer", unitId = 987654 }))),
            new("an unreadable parameter", HttpStatusCode.BadRequest, l => SendAsync(Client, HttpMethod.Get, "/api/v1/score-releases?page=abc", l)),
            new("an unreadable body", HttpStatusCode.BadRequest,
                l => SendAsync(Client, HttpMethod.Post, "/api/v1/org-units", l, new StringContent("{", System.Text.Encoding.UTF8, "application/json"))),
            new("problems of a file", HttpStatusCode.BadRequest, l => SendAsync(Client, HttpMethod.Post, ScoreFileUploads.ImportUrl, l,
                ScoreFileUploads.FileForm(System.Text.Encoding.UTF8.GetBytes($"{ScoreFileUploads.Header}\n{string.Join(',', csv)}"), "scores.csv"))),
            new("an idempotency key too long", HttpStatusCode.BadRequest,
                l => SendAsync(Client, HttpMethod.Post, "/api/v1/notifications/read", l, JsonContent.Create(new { all = true }), r => r.Headers.Add("Idempotency-Key", new string('k', 201)))),
            new("nobody signed in", HttpStatusCode.Unauthorized, l => SendAsync(Anonymous, HttpMethod.Get, "/api/v1/me", l)),
            new("a wrong password", HttpStatusCode.Unauthorized, l => SignInAsync("nobody", l)),
            new("no such permission", HttpStatusCode.Forbidden,
                l => SendAsync(viewer, HttpMethod.Post, "/api/v1/org-units", l, JsonContent.Create(new { kind = "Commune", nameVi = "Xa C", parentId = district.Id }))),
            new("an unknown resource", HttpStatusCode.NotFound, l => SendAsync(Client, HttpMethod.Get, "/api/v1/provinces/987654/profile", l)),
            new("an unknown path", HttpStatusCode.NotFound, l => SendAsync(Client, HttpMethod.Get, "/api/v1/no-such-thing", l)),
            new("an unsupported method", HttpStatusCode.MethodNotAllowed, l => SendAsync(Client, HttpMethod.Delete, "/api/v1/frameworks", l)),
            new("a broken domain rule", HttpStatusCode.Conflict,
                l => SendAsync(Client, HttpMethod.Post, $"/api/v1/org-units/{province.Id}/move", l, JsonContent.Create(new { newParentId = district.Id }))),
            new("an edit without If-Match", HttpStatusCode.PreconditionRequired,
                l => SendAsync(Client, HttpMethod.Put, $"/api/v1/org-units/{district.Id}", l, JsonContent.Create(new { nameVi = "Huyen D" }))),
            new("an edit of a stale version", HttpStatusCode.PreconditionFailed,
                l => SendAsync(Client, HttpMethod.Put, $"/api/v1/org-units/{district.Id}", l, JsonContent.Create(new { nameVi = "Huyen D" }), r => r.Headers.TryAddWithoutValidation("If-Match", "\"0\""))),
            new("a file too large", HttpStatusCode.RequestEntityTooLarge,
                l => SendAsync(Client, HttpMethod.Post, ScoreFileUploads.ImportUrl, l, ScoreFileUploads.FileForm(new byte[11 * 1024 * 1024], "scores.csv"))),
            new("a file of another type", HttpStatusCode.UnsupportedMediaType,
                l => SendAsync(Client, HttpMethod.Post, ScoreFileUploads.ImportUrl, l, ScoreFileUploads.FileForm("%PDF-1.4"u8.ToArray(), "scores.pdf", "application/pdf"))),
            new("a locked account", HttpStatusCode.TooManyRequests, l => SignInAsync("locked.user", l)),
        ];

        foreach (var @case in cases)
        {
            var answers = new Dictionary<string, JsonElement>();
            foreach (var language in Languages)
            {
                using var response = await @case.Send(language);
                var problem = await response.ShouldBeProblemAsync(@case.Status);
                ShouldBeAllIn(problem, language, $"{@case.Name} ({language})");
                answers[language] = problem;
            }
            answers["vi"].GetProperty("title").GetString().ShouldNotBe(answers["en"].GetProperty("title").GetString(), @case.Name);
        }
    }

    [Test]
    public async Task ShouldAnswerInVietnamese_WhenTheCallerNamesNoLanguage()
    {
        Anonymous.DefaultRequestHeaders.AcceptLanguage.Clear();

        using var response = await Anonymous.GetAsync("/api/v1/me");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString())
            .ShouldBe(("Chưa đăng nhập", Messages.SignInFirst.Vi));
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string url, string language, HttpContent? content = null, Action<HttpRequestMessage>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.AcceptLanguage.ParseAdd(language);
        headers?.Invoke(request);
        return await client.SendAsync(request);
    }

    private Task<HttpResponseMessage> SignInAsync(string userName, string language) =>
        SendAsync(Anonymous, HttpMethod.Post, "/api/v1/auth/login", language, JsonContent.Create(new { userName, password = "Wrong-Password-1" }));
}

/// <summary>
/// The catalogue holds every message in both languages; nothing outside it writes a message for people.
/// Walked whole (every entry, every title, every rule), so an entry missing a language fails here.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    [Test]
    public void ShouldHoldEveryMessage_InVietnameseAndInEnglish_Different()
    {
        var texts = CatalogueTexts().ToList();

        texts.Count.ShouldBeGreaterThan(150);
        foreach (var text in texts)
        {
            ShouldBeIn(text.Vi, "vi", $"{text.Code} (vi)");
            ShouldBeIn(text.En, "en", $"{text.Code} (en)");
            text.Vi.ShouldNotBe(text.En, text.Code);
        }
    }

    [Test]
    public void ShouldWriteNoMessageForPeople_OutsideTheCatalogue()
    {
        var src = ReferenceFiles.RepositoryFile("src");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains("Migrations")
                && !f.EndsWith("Messages.cs", StringComparison.Ordinal) && !f.EndsWith("CatalogueMessages.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => MessageLiteral().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        offenders.ShouldBeEmpty("write the message into Domain/Common/Messages.cs, both languages side by side");
    }

    /// <summary>
    /// A string literal handed to a problem: an exception of ours, a field error, a file problem, a rule's
    /// message or a ProblemDetails detail. InvalidOperationException and friends are bugs, answered as 500.
    /// </summary>
    [GeneratedRegex("""(?<!InvalidOperation|Argument|ArgumentOutOfRange|NotSupported)Exception\(\$?"|ValidationFailure\([^,]+,\s*\$?"|FileProblem\([^,]+,[^,]+,\s*\$?"|(problems|failures)\.Add\(new\([^"]*,\s*\$?"[^"]*"\)\)|(Detail\s*=|detail:)\s*\$?"|Refuse\(\$?"|WithMessage\(""")]
    private static partial Regex MessageLiteral();

    private static IEnumerable<Text> CatalogueTexts()
    {
        foreach (var type in new[] { typeof(Messages), typeof(Messages.Resources) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Text)))
                yield return (Text)property.GetValue(null)!;
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(Text) && !m.IsSpecialName))
            {
                foreach (var arguments in SampleArguments(method))
                    yield return (Text)method.Invoke(null, arguments)!;
            }
        }
        foreach (var title in Messages.Titles.Values)
            yield return title;
        foreach (var rule in Messages.Rules.Values)
            yield return rule;
    }

    /// <summary>Plain ASCII arguments, so that what is checked is the catalogue's own wording; every branch of a switch.</summary>
    private static IEnumerable<object?[]> SampleArguments(MethodInfo method) => method.Name switch
    {
        nameof(Messages.Identity) => Messages.IdentityCodes.Select(code => new object?[] { code }),
        nameof(Messages.ReportCannotChange) => new[] { "Submitted", "Approved", "Draft" }.Select(status => new object?[] { status }),
        _ => [method.GetParameters().Select(p => Sample(p.ParameterType)).ToArray()],
    };

    private static object? Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "X1",
        _ when type == typeof(int) => 3,
        _ when type == typeof(long) => 3L,
        _ when type == typeof(decimal) => 1.5m,
        _ when type == typeof(DateOnly) || type == typeof(DateOnly?) => new DateOnly(2021, 5, 15),
        _ when type == typeof(Text) => Messages.Resources.Unit,
        _ when type == typeof(object) => "K1",
        _ when type == typeof(IReadOnlyList<(long, Text)>) => new List<(long, Text)> { (7, Messages.PeriodLocked) },
        _ => throw new InvalidOperationException($"No sample {type.Name} for a catalogue entry: add one."),
    };
}

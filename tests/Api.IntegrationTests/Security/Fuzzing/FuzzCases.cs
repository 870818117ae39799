using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PapiTracker.Api.IntegrationTests.Security.Fuzzing;

/// <summary>One hostile request: what it tries, who sends it, and how to build it (again) from the world.</summary>
internal sealed record FuzzCase(string Operation, string Attack, bool AsScopedUser, Func<HttpRequestMessage> Build)
{
    public override string ToString() => $"{Operation} [{Attack}]{(AsScopedUser ? " as officer" : "")}";
}

/// <summary>
/// Turns each operation of the OpenAPI document into hostile requests: a plausible body (real ids of
/// the world, so the request reaches the handler) with one defect, bad path and query values, wrong
/// content types. Every choice comes from one <see cref="Random"/>: a seed always gives the same cases.
/// </summary>
internal sealed class FuzzCases(OpenApiDocument document, SecurityWorld world, Random random)
{
    private const int HugeStringLength = 100_000;

    // No %00: the in-memory test server refuses it in the client, before the API (Kestrel answers 400).
    private static readonly string[] BadPathValues =
        ["abc", "-1", "0", "2147483648", "99999999999999999999", "1.5", "1e3", "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "%E0%A4%A", new string('9', 300)];

    private static readonly string[] BadStrings =
        ["", " ", "\u0000", "<script>alert(1)</script>", "'; drop table plans; --", "=HYPERLINK(\"http://x\")", "\uD800", "\uFFFE", "../../../etc/passwd", "%s%n%x", "ệ̣̣̣̣̣̣̣"];

    private static readonly string[] BadDates = ["2021-02-30", "31/12/2021", "0000-00-00", "2021-13-01", "yesterday", "9999-12-31T25:61:00Z", "-0001-01-01", "2021-1-1"];

    private static readonly string[] ExtraProperties = ["id", "status", "unitId", "createdAt", "version", "createdBy", "xmin", "__proto__", "$type"];

    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-32", "image/png"];

    public IEnumerable<FuzzCase> For(OpenApiOperation operation)
    {
        var cases = new List<(string Attack, Func<HttpRequestMessage> Build)>();

        foreach (var parameter in operation.In("path"))
            for (var i = 0; i < 2; i++)
            {
                var bad = Pick(BadPathValues);
                cases.Add(($"path {parameter.Name}={bad}", () => Request(operation, path: new() { [parameter.Name] = bad })));
            }

        foreach (var parameter in operation.In("query"))
        {
            var bad = BadQueryValue(parameter.Schema);
            cases.Add(($"query {parameter.Name}={Shorten(bad)}", () => Request(operation, query: new() { [parameter.Name] = bad })));
        }
        if (operation.In("query").Any())
        {
            var all = operation.In("query").ToDictionary(p => p.Name, p => BadQueryValue(p.Schema));
            cases.Add(("every query parameter bad", () => Request(operation, query: all)));
        }
        cases.Add(("unknown query parameters", () => Request(operation, query: new() { ["$where"] = "1=1", ["page[size]"] = "-1", ["__proto__"] = "x" })));

        foreach (var parameter in operation.In("header"))
        {
            var bad = Pick(["garbage", "W/\"1\"", "\"99999999999\"", "\"-1\"", "\"\"", "*, \"1\"", new string('"', 500)]);
            cases.Add(($"header {parameter.Name}: {Shorten(bad)}", () => Request(operation, headers: new() { [parameter.Name] = bad })));
        }

        if (operation.BodyMediaType == "application/json" && operation.BodySchema is { } schema)
            cases.AddRange(JsonBodyAttacks(operation, schema));
        else if (operation.BodyMediaType == "multipart/form-data")
            cases.AddRange(MultipartAttacks(operation));
        else
        {
            // Operations without a body still get one: it must be ignored or refused, never trusted.
            var type = Pick(WrongContentTypes);
            cases.Add(($"unexpected body as {type}", () => Request(operation, body: Raw("{\"id\":1,\"status\":\"Approved\"}", type))));
        }

        return cases.Select(c => new FuzzCase(operation.ToString(), c.Attack, random.Next(4) == 0, c.Build));
    }

    private IEnumerable<(string, Func<HttpRequestMessage>)> JsonBodyAttacks(OpenApiOperation operation, JsonElement schema)
    {
        HttpRequestMessage WithBody(Func<JsonNode?, HttpContent> mutate)
        {
            var sample = Sample(schema, null, 0);
            return Request(operation, body: mutate(sample));
        }

        HttpContent Json(JsonNode? node) => Raw(node?.ToJsonString() ?? "null", "application/json");

        // Each attack picks its spot in the sample now, so the case is the same every time it is built.
        var slots = Slots(Sample(schema, null, 0), schema).ToList();
        (string Path, JsonElement Schema)? PickSlot(Func<JsonElement, bool>? where = null)
        {
            var fitting = slots.Where(s => where is null || where(s.Schema)).ToList();
            return fitting.Count == 0 ? null : fitting[random.Next(fitting.Count)] is var s ? (s.Path, s.Schema) : null;
        }

        foreach (var _ in Enumerable.Range(0, 2))
            if (PickSlot() is { } slot)
            {
                var wrong = WrongType(slot.Schema);
                yield return ($"wrong type at {slot.Path}: {Shorten(wrong?.ToJsonString() ?? "null")}", () => WithBody(b => Json(Set(b, slot.Path, wrong))));
            }

        var required = Required(schema).ToList();
        if (required.Count > 0)
        {
            var missing = Pick(required.ToArray());
            yield return ($"missing required {missing}", () => WithBody(b => { (b as JsonObject)?.Remove(missing); return Json(b); }));
            yield return ("every required field missing", () => Request(operation, body: Json(new JsonObject())));
        }

        if (PickSlot() is { } nulled)
            yield return ($"null at {nulled.Path}", () => WithBody(b => Json(Set(b, nulled.Path, null))));
        if (PickSlot(s => IsType(s, "object") && s.TryGetProperty("additionalProperties", out var ap) && ap.ValueKind == JsonValueKind.Object) is { } dictionary)
        {
            yield return ($"null value in {dictionary.Path}", () => WithBody(b => Json(Set(b, dictionary.Path, new JsonObject { ["1"] = null }))));
            yield return ($"huge key in {dictionary.Path}", () => WithBody(b => Json(Set(b, dictionary.Path, new JsonObject { [new string('9', 5000)] = "x" }))));
        }

        if (PickSlot(s => IsType(s, "string")) is { } text)
        {
            var huge = Pick(["x", "ệ", "𝕏"]);
            yield return ($"huge string at {text.Path}", () => WithBody(b => Json(Set(b, text.Path, string.Concat(Enumerable.Repeat(huge, HugeStringLength))))));
            var odd = Pick(BadStrings);
            yield return ($"odd string at {text.Path}: {Shorten(odd)}", () => WithBody(b => Json(Set(b, text.Path, odd))));
            yield return ($"invalid UTF-8 at {text.Path}", () => WithBody(b =>
            {
                var marker = "\"INVALID-UTF8\"";
                var bytes = Encoding.UTF8.GetBytes(Set(b, text.Path, "INVALID-UTF8")!.ToJsonString());
                var at = Encoding.UTF8.GetString(bytes).IndexOf(marker, StringComparison.Ordinal);
                var head = Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(bytes)[..at]);
                byte[] broken = [.. bytes[..(head + 1)], 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. bytes[(head + 1)..]];
                return new ByteArrayContent(broken) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
            }));
        }
        if (PickSlot(s => IsType(s, "integer") || IsType(s, "number")) is { } number)
        {
            var negative = Pick(new[] { "-1", "-2147483648", "-0.5", "-1e308" });
            var huge = Pick(new[] { "2147483648", "9223372036854775808", "1e400", "99999999999999999999999999999", "1.7976931348623157e309" });
            yield return ($"negative number at {number.Path}: {negative}", () => WithBody(b => Json(Set(b, number.Path, JsonNode.Parse(negative)))));
            yield return ($"huge number at {number.Path}: {huge}", () => WithBody(b => RawJson(Set(b, number.Path, "HUGE-NUMBER"), "\"HUGE-NUMBER\"", huge)));
        }
        if (PickSlot(s => s.TryGetProperty("format", out var f) && f.GetString() is "date" or "date-time") is { } date)
        {
            var bad = Pick(BadDates);
            yield return ($"bad date at {date.Path}: {bad}", () => WithBody(b => Json(Set(b, date.Path, bad))));
        }
        if (PickSlot(s => s.TryGetProperty("enum", out _)) is { } enumeration)
        {
            JsonNode? bad = Pick(new JsonNode?[] { "NoSuchValue", 99, -1, "", "0", 2.5, "inprogress ", "Approved" });
            yield return ($"bad enum at {enumeration.Path}: {bad?.ToJsonString()}", () => WithBody(b => Json(Set(b, enumeration.Path, bad?.DeepClone()))));
        }
        if (PickSlot(s => IsType(s, "array")) is { } array)
        {
            yield return ($"huge array at {array.Path}", () => WithBody(b =>
                Json(Set(b, array.Path, new JsonArray(Enumerable.Range(0, 50_000).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray())))));
        }

        var extra = Pick(ExtraProperties);
        yield return ($"extra property {extra}", () => WithBody(b => { if (b is JsonObject o) o[extra] = 424242; return Json(b); }));
        yield return ("deep nesting", () => Request(operation, body: Raw(new string('[', 5000) + new string(']', 5000), "application/json")));
        if (PickSlot() is { } deep)
            yield return ($"deep nesting at {deep.Path}", () => WithBody(b => RawJson(Set(b, deep.Path, "DEEP"), "\"DEEP\"", new string('{', 1) + string.Concat(Enumerable.Repeat("\"a\":{", 300)) + new string('}', 301))));
        var notAnObject = Pick(new[] { "[]", "null", "\"text\"", "42", "", "{", "{\"a\":", "\uFEFF{}", "{\"a\":1,\"a\":2}", "{'single':'quotes'}", "{\"x\":NaN}", "/* comment */ {}" });
        yield return ($"body {Shorten(notAnObject)}", () => Request(operation, body: Raw(notAnObject, "application/json")));
        var type = Pick(WrongContentTypes);
        yield return ($"valid-looking body as {type}", () => WithBody(b => Raw(b!.ToJsonString(), type)));
        yield return ("no content type", () => WithBody(b => new ByteArrayContent(Encoding.UTF8.GetBytes(b!.ToJsonString()))));
    }

    private IEnumerable<(string, Func<HttpRequestMessage>)> MultipartAttacks(OpenApiOperation operation)
    {
        HttpContent Form(byte[] content, string fieldName, string fileName, string? mediaType = null)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            if (mediaType is not null)
                file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            form.Add(file, fieldName, fileName);
            return form;
        }

        var garbage = new byte[2048];
        random.NextBytes(garbage);
        byte[] pdf = "%PDF-1.7\n%%EOF\n"u8.ToArray();
        yield return ("empty file", () => Request(operation, body: Form([], "file", "empty.csv")));
        yield return ("file under another field name", () => Request(operation, body: Form(pdf, "upload", "x.pdf")));
        yield return ("random bytes named .xlsx", () => Request(operation, body: Form(garbage, "file", "data.xlsx")));
        yield return ("random bytes named .csv", () => Request(operation, body: Form(garbage, "file", "data.csv")));
        yield return ("zip that is no workbook", () => Request(operation, body: Form([0x50, 0x4B, 0x03, 0x04, .. garbage], "file", "data.xlsx")));
        yield return ("executable named .pdf", () => Request(operation, body: Form([0x4D, 0x5A, 0x90, 0x00, .. garbage], "file", "report.pdf", "application/pdf")));
        yield return ("path traversal in the name", () => Request(operation, body: Form(garbage, "file", "../../../../etc/passwd")));
        yield return ("300-character name", () => Request(operation, body: Form(garbage, "file", new string('a', 300) + ".csv")));
        yield return ("JSON instead of a form", () => Request(operation, body: Raw("{\"file\":\"x\"}", "application/json")));
        yield return ("multipart without boundary", () => Request(operation, body: Raw("--x\r\n\r\n", "multipart/form-data")));
        yield return ("truncated multipart", () => Request(operation, body: Raw(
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\nContent-Type: text/csv\r\n\r\nyear,province", "multipart/form-data; boundary=b")));
        yield return ("header-only part", () => Request(operation, body: Raw(
            "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--b--\r\n", "multipart/form-data; boundary=b")));
    }

    private HttpRequestMessage Request(
        OpenApiOperation operation, Dictionary<string, string>? path = null, Dictionary<string, string>? query = null, Dictionary<string, string>? headers = null,
        HttpContent? body = null)
    {
        var url = operation.Path;
        foreach (var parameter in operation.In("path"))
            url = url.Replace($"{{{parameter.Name}}}", path?.GetValueOrDefault(parameter.Name) ?? GoodPathValue(operation.Path, parameter.Name));
        if (query is { Count: > 0 })
            url += "?" + string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        var request = new HttpRequestMessage(new HttpMethod(operation.Method), url) { Content = body };
        foreach (var parameter in operation.In("header"))
            request.Headers.TryAddWithoutValidation(parameter.Name, headers?.GetValueOrDefault(parameter.Name) ?? "*");
        if (body is null && operation.BodyMediaType is not null && operation.BodySchema is { } schema && operation.BodyMediaType == "application/json")
            request.Content = Raw(Sample(schema, null, 0)!.ToJsonString(), "application/json");
        return request;
    }

    /// <summary>A real id of the world for the resource the path names, so bad input elsewhere is what the server judges.</summary>
    private string GoodPathValue(string path, string parameter)
    {
        var segments = path.Split('/');
        var resource = segments[Array.IndexOf(segments, $"{{{parameter}}}") - 1];
        return (resource switch
        {
            "org-units" => world.A2.Id,
            "plans" => world.PlanId,
            "action-items" => world.ActionId,
            "action-progress" => world.ProgressId,
            "evidence" => world.EvidenceId,
            "reporting-periods" => world.PeriodId,
            "report-obligations" => world.ObligationB1Id,
            "report-submissions" => world.SubmissionId,
            "provinces" => world.Province.Id,
            "users" => (object)world.OfficerId,
            "roles" => 1,
            "score-releases" => 2020,
            "api-tokens" => world.TokenId,
            _ => 1,
        }).ToString()!;
    }

    /// <summary>A plausible value for the schema: real unit ids for unit references, codes the catalogue knows.</summary>
    private JsonNode? Sample(JsonElement schema, string? name, int depth)
    {
        schema = document.Resolve(schema);
        if (depth > 6 || schema.ValueKind != JsonValueKind.Object)
            return null;
        if (schema.TryGetProperty("enum", out var values))
            return JsonValue.Create(values[0].GetString());
        if (IsType(schema, "array"))
        {
            var item = schema.TryGetProperty("items", out var items) ? Sample(items, Singular(name), depth + 1) : null;
            return new JsonArray(item);
        }
        if (IsType(schema, "object") || schema.TryGetProperty("properties", out _))
        {
            var result = new JsonObject();
            if (schema.TryGetProperty("properties", out var properties))
                foreach (var property in properties.EnumerateObject())
                    result[property.Name] = Sample(property.Value, property.Name, depth + 1);
            else if (schema.TryGetProperty("additionalProperties", out var valueSchema) && valueSchema.ValueKind == JsonValueKind.Object)
                result["1"] = Sample(valueSchema, null, depth + 1);
            return result;
        }
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (IsType(schema, "integer"))
            return JsonValue.Create(SampleInteger(name));
        if (IsType(schema, "number"))
            return JsonValue.Create(10.5);
        if (IsType(schema, "boolean"))
            return JsonValue.Create(false);
        return format switch
        {
            "date" => JsonValue.Create("2026-06-30"),
            "date-time" => JsonValue.Create(DateTimeOffset.UtcNow.AddDays(3).ToString("O", CultureInfo.InvariantCulture)),
            "uuid" => JsonValue.Create(world.OfficerId.ToString()),
            _ => JsonValue.Create(SampleString(name)),
        };
    }

    private int SampleInteger(string? name) => name?.ToLowerInvariant() switch
    {
        "provinceid" => world.Province.Id,
        "successorid" => world.A1.Id,
        "newparentid" or "parentid" or "reportstoid" => world.A.Id,
        "year" or "baselineyear" or "targetyear" or "years" => 2021,
        var n when n?.Contains("unit") == true => world.A2.Id,
        _ => 3,
    };

    private static string SampleString(string? name) => name?.ToLowerInvariant() switch
    {
        "dimension" => "8",
        "subdimension" or "subdimensions" or "code" => "8.3",
        "password" => "Strong-Pass-2026",
        "username" => "fuzz.user",
        "scope" or "scopes" => "scores:read",
        "role" => "Viewer",
        _ => "Thử nghiệm",
    };

    private static string? Singular(string? name) => name?.EndsWith("Ids", StringComparison.Ordinal) == true ? name[..^1] : name;

    /// <summary>Every property of the sample, by JSON path ("a.b.0"), with its schema.</summary>
    private IEnumerable<(string Path, JsonElement Schema)> Slots(JsonNode? node, JsonElement schema, string prefix = "")
    {
        schema = document.Resolve(schema);
        if (node is JsonObject obj && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
                var resolved = document.Resolve(property.Value);
                yield return (path, resolved);
                foreach (var inner in Slots(obj[property.Name], resolved, path))
                    yield return inner;
            }
        }
        else if (node is JsonArray { Count: > 0 } array && schema.TryGetProperty("items", out var items))
        {
            var resolved = document.Resolve(items);
            yield return ($"{prefix}.0", resolved);
            foreach (var inner in Slots(array[0], resolved, $"{prefix}.0"))
                yield return inner;
        }
    }

    private static JsonNode? Set(JsonNode? root, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = root;
        foreach (var part in parts[..^1])
            node = node is JsonArray a ? a[int.Parse(part, CultureInfo.InvariantCulture)] : node?[part];
        if (node is JsonArray array)
            array[int.Parse(parts[^1], CultureInfo.InvariantCulture)] = value;
        else if (node is JsonObject obj)
            obj[parts[^1]] = value;
        return root;
    }

    private JsonNode? WrongType(JsonElement schema)
    {
        if (IsType(schema, "string") || schema.TryGetProperty("enum", out _))
            return Pick(new JsonNode?[] { 12345, true, new JsonArray(1, 2), new JsonObject { ["a"] = 1 } })?.DeepClone();
        if (IsType(schema, "integer") || IsType(schema, "number"))
            return Pick(new JsonNode?[] { "abc", "12", true, new JsonArray(), 1.5, new JsonObject() })?.DeepClone();
        if (IsType(schema, "boolean"))
            return Pick(new JsonNode?[] { "yes", 1, "true", new JsonObject() })?.DeepClone();
        if (IsType(schema, "array"))
            return Pick(new JsonNode?[] { "a,b", 1, new JsonObject { ["0"] = 1 } })?.DeepClone();
        return Pick(new JsonNode?[] { "object", 1, new JsonArray(new JsonObject()) })?.DeepClone();
    }

    private string BadQueryValue(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return "x";
        schema = document.Resolve(schema);
        if (schema.TryGetProperty("enum", out _))
            return Pick(["NoSuchValue", "99", "-1", ""]);
        if (IsType(schema, "integer") || IsType(schema, "number"))
            return Pick(["abc", "-1", "0", "2147483648", "1e10", "1.5", "-2147483649", " 1", "0x10"]);
        if (IsType(schema, "boolean"))
            return Pick(["maybe", "2", "yes"]);
        if (IsType(schema, "array"))
            return Pick(["a", "1,b", "-1", new string('1', 5000)]);
        if (schema.TryGetProperty("format", out var f) && f.GetString() is "date" or "date-time")
            return Pick(BadDates);
        return Pick([new string('ệ', 4000), "'; drop table plans; --", "%", "\u0000", "chi\uFFFE so", "-", "--code", "code,,,", "<script>", "\\"]);
    }

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];

    private static bool IsType(JsonElement schema, string type) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type;

    private static HttpContent Raw(string text, string contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>JSON with a literal no serializer would write (a number out of range, nesting too deep) put where the placeholder was.</summary>
    private static HttpContent RawJson(JsonNode? node, string placeholder, string literal) =>
        Raw((node?.ToJsonString() ?? "null").Replace(placeholder, literal, StringComparison.Ordinal), "application/json");

    private T Pick<T>(T[] options) => options[random.Next(options.Length)];

    private static string Shorten(string value) => value.Length > 40 ? $"{value[..20]}…({value.Length} chars)" : value;
}

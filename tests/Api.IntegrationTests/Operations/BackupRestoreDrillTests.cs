using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;

namespace PapiTracker.Api.IntegrationTests.Operations;

/// <summary>
/// The restore drill: a database with every kind of record the demo makes (through 1/7/2025 when the shared reference
/// data is there) and an uploaded file, backed up by `make backup`'s script and restored by `make restore`'s into an
/// empty database on the same server, must come back equal, table by table and file by file.
/// </summary>
public sealed class BackupRestoreDrillTests
{
    private DirectoryInfo _work = null!;
    private readonly List<string> _databases = [];

    [SetUp]
    public void CreateWorkDirectory() => _work = Directory.CreateTempSubdirectory("papi-drill.");

    [TearDown]
    public async Task DropWhatTheTestMadeAsync()
    {
        await using var server = new NpgsqlConnection(TestRun.ConnectionString);
        await server.OpenAsync();
        foreach (var database in _databases)
            await Execute(server, $"drop database if exists \"{database}\" with (force)");
        _work.Delete(recursive: true);
    }

    [Test]
    public async Task ShouldRestoreEveryTableAndEveryFile_EqualToTheBackedUpInstall()
    {
        var source = await NewDatabaseAsync();
        var files = Path.Combine(_work.FullName, "files");
        var credentials = Path.Combine(_work.FullName, "demo-users.txt");
        var settings = new Dictionary<string, string>
        {
            ["Database__MigrateOnStartup"] = "true",
            ["Seed__Demo"] = "true",
            ["Seed__DemoCredentialsFile"] = credentials,
            ["Admin__Password"] = $"Drill-{Guid.NewGuid():N}7",
            ["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Files__Root"] = files,
        };
        var reference = Path.GetFullPath(ReferenceFiles.RepositoryFile("..", "shared", "reference"));
        if (Environment.GetEnvironmentVariable("PAPI_SHARED_DIR") is { Length: > 0 } shared)
            reference = Path.Combine(shared, "reference");
        if (Directory.Exists(reference))
            settings["Seed__ReferenceDirectory"] = reference;
        await using (var api = await ApiProcess.StartAsync("drill", source, settings))
            await UploadEvidenceAsync(api, source, credentials);

        var backups = Path.Combine(_work.FullName, "backups");
        await RepositoryScripts.MustRunAsync("bash scripts/backup.sh", Install(source, files, backups));
        var backup = Directory.GetDirectories(backups).ShouldHaveSingleItem();
        var restored = await NewDatabaseAsync();
        var restoredFiles = Path.Combine(_work.FullName, "restored-files");
        await RepositoryScripts.MustRunAsync("bash scripts/restore.sh \"$1\"", Install(restored, restoredFiles), backup);

        var before = await FingerprintAsync(source);
        // The demo year's evidence and the one uploaded here; its reports and sign-offs fill the reporting tables.
        foreach (var table in new[] { "public.evidence_files", "public.report_submissions", "public.level_approvals" })
            int.Parse(before[table].Split(' ')[0], CultureInfo.InvariantCulture).ShouldBeGreaterThan(0, table);
        (await FingerprintAsync(restored)).ShouldBe(before);
        var beforeFiles = FilesUnder(files);
        beforeFiles.ShouldNotBeEmpty();
        FilesUnder(restoredFiles).ShouldBe(beforeFiles);
    }

    [Test]
    public async Task ShouldRefuseToRestoreIntoADatabaseThatIsNotEmpty_AndReplaceItWithForce()
    {
        var source = await NewDatabaseAsync();
        await ExecuteIn(source, "create table kept (id int primary key); insert into kept values (1), (2)");
        var backups = Path.Combine(_work.FullName, "backups");
        await RepositoryScripts.MustRunAsync("bash scripts/backup.sh", Install(source, Path.Combine(_work.FullName, "no-files"), backups));
        var backup = Directory.GetDirectories(backups).ShouldHaveSingleItem();
        var target = await NewDatabaseAsync();
        await ExecuteIn(target, "create table in_the_way (id int)");
        var install = Install(target, Path.Combine(_work.FullName, "target-files"));

        var refused = await RepositoryScripts.BashAsync("bash scripts/restore.sh \"$1\"", install, backup);

        refused.ExitCode.ShouldNotBe(0);
        refused.Output.ShouldContain("is not empty");
        (await FingerprintAsync(target)).Keys.ShouldBe(["public.in_the_way"]);

        install["FORCE"] = "1";
        await RepositoryScripts.MustRunAsync("bash scripts/restore.sh \"$1\"", install, backup);
        (await FingerprintAsync(target)).ShouldBe(await FingerprintAsync(source));
    }

    /// <summary>A new empty database on the test server; its connection string.</summary>
    private async Task<string> NewDatabaseAsync()
    {
        var name = $"drill_{Guid.NewGuid():N}";
        await using var server = new NpgsqlConnection(TestRun.ConnectionString);
        await server.OpenAsync();
        await Execute(server, $"create database \"{name}\"");
        _databases.Add(name);
        return new NpgsqlConnectionStringBuilder(TestRun.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>What the scripts read: the database and file store of the install, and where backups go.</summary>
    private static Dictionary<string, string> Install(string connectionString, string files, string? backups = null)
    {
        var environment = new Dictionary<string, string> { ["ConnectionStrings__Default"] = connectionString, ["Files__Root"] = files };
        if (backups is not null)
            environment["BACKUP_DIR"] = backups;
        return environment;
    }

    /// <summary>
    /// Every table's row count and the md5 of its rows (as text, in text order, so no key is needed) and every
    /// sequence's position, in name order.
    /// </summary>
    private static async Task<SortedDictionary<string, string>> FingerprintAsync(string connectionString)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        var relations = new List<(string Name, char Kind)>();
        await using (var list = new NpgsqlCommand(
            """
            select format('%I.%I', n.nspname, c.relname), c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where c.relkind in ('r', 'p', 'S') and n.nspname <> 'information_schema' and n.nspname not like 'pg\_%'
            """, db))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                relations.Add((reader.GetString(0), reader.GetChar(1)));

        var fingerprints = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, kind) in relations)
        {
            var sql = kind == 'S'
                ? $"select format('%s %s', last_value, is_called) from {name}"
                : $"select format('%s %s', count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), ''))) from {name} t";
            await using var command = new NpgsqlCommand(sql, db);
            fingerprints[name] = (string)(await command.ExecuteScalarAsync())!;
        }
        return fingerprints;
    }

    /// <summary>Every file under the directory by relative path, with its SHA-256, in path order.</summary>
    private static SortedDictionary<string, string> FilesUnder(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    /// <summary>A demo user records progress on an action in their scope and attaches a PDF to it, through the API.</summary>
    private static async Task UploadEvidenceAsync(ApiProcess api, string connectionString, string credentials)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        // A demo user who may record progress at a unit that has not ended (roles at ended units only read), on the
        // latest plan's action for that unit or one under it.
        await using var find = new NpgsqlCommand(
            """
            select u.user_name, au.action_item_id, au.unit_id from role_assignments ra
            join users u on u.id = ra.user_id
            join org_units mine on mine.id = ra.unit_id and mine.active_to is null
            join org_units target on target.path like mine.path || '%' and target.active_to is null
            join action_unit au on au.unit_id = target.id
            where ra.role in ('Coordinator', 'UnitHead', 'UnitOfficer') and u.user_name <> 'admin'
            order by au.action_item_id desc limit 1
            """, db);
        string userName;
        int actionId, unitId;
        await using (var reader = await find.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue("the demo has a user who may record progress on an action");
            (userName, actionId, unitId) = (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2));
        }
        var password = File.ReadLines(credentials).Select(l => l.Split('\t')).First(f => f[0] == userName)[1];

        using var http = new HttpClient { BaseAddress = api.Address };
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        await login.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var session = (await login.Content.ReadFromJsonAsync<Application.Common.Interfaces.SessionTokens>(ApiTest.Json))!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        using var progress = await http.PostAsJsonAsync($"/api/v1/action-items/{actionId}/progress",
            new { unitId, reportedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), status = "InProgress", percent = 40, narrative = "Diễn tập khôi phục" });
        await progress.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var progressId = (await progress.Content.ReadFromJsonAsync<Application.ActionItems.ActionProgressDto>(ApiTest.Json))!.Id;
        using var form = new MultipartFormDataContent();
        var pdf = new ByteArrayContent(TestActors.Pdf);
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", "bien-ban-dien-tap.pdf");
        using var upload = await http.PostAsync($"/api/v1/action-progress/{progressId}/evidence", form);
        await upload.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    private static async Task ExecuteIn(string connectionString, string sql)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync();
        await Execute(db, sql);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

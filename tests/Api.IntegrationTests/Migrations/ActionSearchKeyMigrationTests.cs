using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Plans;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Api.IntegrationTests.Migrations;

/// <summary>
/// A database holding actions from before the search key, migrated up: every stored action gets the
/// key the domain would have given it, so the demo's and the provinces' existing actions are found
/// without accents as soon as the upgrade is done.
/// </summary>
public sealed class ActionSearchKeyMigrationTests
{
    [Test]
    public async Task ShouldGiveEveryStoredActionTheKeyTheDomainWouldGiveIt()
    {
        var actions = new List<(string Code, string TextVi, string? TextEn)>
        {
            ("D1.a", "Nâng cao Chỉ số tham gia của người dân ở cơ sở", "Raise participation at the grassroots"),
            ("Đ2.B", "  QUY CHẾ  DÂN CHỦ\u00A0ở cơ sở;\tcông khai – minh bạch…  ", null),
            ("D7.c", "Đường giao thông".Normalize(System.Text.NormalizationForm.FormD) + " nông thôn", ""),
            ("X", "Ωμέγα ΣΟΦΟΣ İstanbul ǅemal ﬁ ½ 𝐀𝔸 🙂", "Straße, Ärger"),
        };
        // Every character the domain can fold (all of the Basic Multilingual Plane but U+FFFE, which .NET
        // refuses to normalize), a text's length at a time: the SQL has no character it folds differently.
        var bmp = Enumerable.Range(1, char.MaxValue).Select(c => (char)c).Where(c => !char.IsSurrogate(c) && c != '\uFFFE').ToArray();
        actions.AddRange(bmp.Chunk(ActionItem.TextMaxLength).Select((chunk, i) => ($"U{i}", new string(chunk), (string?)null)));

        await using var database = await ScratchDatabase.CreateAsync();
        await using var api = new PapiApiFactory(database.ConnectionString, ("Reminders:IntervalMinutes", "0"));
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_ActionSearchKey", StringComparison.Ordinal)).Last());
        await InsertAsync(database.ConnectionString, actions);

        await migrator.MigrateAsync();

        var stored = await db.ActionItems.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Code, a.TextVi, a.TextEn, a.SearchKey }).ToListAsync();
        stored.Count.ShouldBe(actions.Count);
        foreach (var action in stored)
            action.SearchKey.ShouldBe(VietnameseText.SearchKey(action.Code, action.TextVi, action.TextEn), $"the key of {action.Code}");
    }

    /// <summary>A province, a plan and the actions, as rows of the schema before the key.</summary>
    private static async Task InsertAsync(string connectionString, List<(string Code, string TextVi, string? TextEn)> actions)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO org_units (id, key, kind, name_vi, search_key, path, active_from)
                VALUES (1, gen_random_uuid(), 'Province', 'Bắc Giang', 'bac giang', '/1/', '2000-01-01');
            INSERT INTO plans (id, province_id, framework, issuer_vi, title_vi, baseline_year, target_year, status)
                VALUES (1, 1, 'PAPI', 'UBND tỉnh Bắc Giang', 'Kế hoạch PAPI 2021', 2020, 2021, 'InForce');
            INSERT INTO action_items (id, plan_id, code, kind, dimensions, sub_dimensions, text_vi, text_en, recurring, status)
                SELECT n, 1, code, 'Action', '{}', '{}', text_vi, text_en, true, 'NotStarted'
                FROM unnest(@codes, @textsVi, @textsEn) WITH ORDINALITY AS a(code, text_vi, text_en, n);
            """, connection);
        insert.Parameters.AddWithValue("codes", actions.Select(a => a.Code).ToArray());
        insert.Parameters.AddWithValue("textsVi", actions.Select(a => a.TextVi).ToArray());
        insert.Parameters.AddWithValue("textsEn", actions.Select(a => a.TextEn).ToArray());
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>A database of its own on the test run's server, dropped afterwards.</summary>
    private sealed class ScratchDatabase : IAsyncDisposable
    {
        private readonly string _name = $"papi_migration_{Guid.NewGuid():N}";

        public string ConnectionString => new NpgsqlConnectionStringBuilder(TestRun.ConnectionString) { Database = _name }.ConnectionString;

        public static async Task<ScratchDatabase> CreateAsync()
        {
            var database = new ScratchDatabase();
            await database.ExecuteAsync($"CREATE DATABASE {database._name}");
            return database;
        }

        public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP DATABASE {_name} WITH (FORCE)");

        private async Task ExecuteAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(TestRun.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Caching;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Application.Plans.Queries.GetCoverage;
using PapiTracker.Application.Plans.Queries.GetPlan;
using PapiTracker.Application.Plans.Queries.GetPlanOverview;
using PapiTracker.Application.Reporting.Queries.GetCompleteness;
using PapiTracker.Application.Reporting.Queries.GetReportingMatrix;
using PapiTracker.Application.ScoreReleases.Queries.GetEstimatedRanking;
using PapiTracker.Application.ScoreReleases.Queries.GetRanking;
using PapiTracker.Domain.Organization;
using PapiTracker.Infrastructure.Data;
using static PapiTracker.Api.IntegrationTests.Infrastructure.ScoreFileUploads;

namespace PapiTracker.Api.IntegrationTests.Conventions;

/// <summary>
/// A cached query's answer is forgotten only when an entity type it declares in
/// <see cref="CachedUntilChangedAttribute"/> changes, and a save that changes only the columns of
/// <see cref="CacheNeutralWrites"/> forgets nothing. Both lists are kept by hand; here every cached query
/// (found by its attribute) runs on a database where each of its reads finds rows, the SQL it sends is
/// recorded, and the tables and columns it reads are checked against what it declares.
/// </summary>
public sealed partial class CachedQueryReadsTests : ApiTest
{
    private sealed record Arranged(int PlanId, int PeriodId);

    /// <summary>How to ask each cached query; a cached query missing here fails the first test.</summary>
    private static readonly Dictionary<Type, Func<Arranged, object>> Queries = new()
    {
        [typeof(GetRankingQuery)] = _ => new GetRankingQuery(2020),
        [typeof(GetEstimatedRankingQuery)] = _ => new GetEstimatedRankingQuery(2020, new DateOnly(2026, 1, 1)),
        [typeof(GetPlanQuery)] = a => new GetPlanQuery(a.PlanId),
        [typeof(GetPlanOverviewQuery)] = a => new GetPlanOverviewQuery(a.PlanId),
        [typeof(GetCoverageQuery)] = a => new GetCoverageQuery(a.PlanId),
        [typeof(GetReportingMatrixQuery)] = _ => new GetReportingMatrixQuery(2021, null),
        [typeof(GetCompletenessQuery)] = a => new GetCompletenessQuery(a.PeriodId),
    };

    private static IEnumerable<Type> CachedQueries() =>
        typeof(CachedUntilChangedAttribute).Assembly.GetTypes().Where(t => t.GetCustomAttribute<CachedUntilChangedAttribute>() is not null);

    [Test]
    public void EveryCachedQueryShouldBeAskedHere()
    {
        CachedQueries().Select(t => t.Name).ShouldBe(Queries.Keys.Select(t => t.Name), ignoreOrder: true);
    }

    [TestCaseSource(nameof(CachedQueries))]
    public async Task ShouldDeclareEveryEntityItReads_AndReadNoCacheNeutralColumn(Type queryType)
    {
        var arranged = await ArrangeAsync();
        await using var scope = TestRun.Factory.Services.CreateAsyncScope();
        var recorder = new SqlRecorder();
        await using var db = Recording(scope.ServiceProvider, recorder);

        await RunAsync(scope.ServiceProvider, db, Queries[queryType](arranged));

        var sql = recorder.Commands.ToList();
        sql.ShouldNotBeEmpty();
        var tables = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .GroupBy(e => e.GetTableName()!).ToDictionary(g => g.Key, g => g.Select(e => e.ClrType).ToList());
        var read = sql.SelectMany(TablesOf).Distinct().Where(tables.ContainsKey).ToList();
        var declared = queryType.GetCustomAttribute<CachedUntilChangedAttribute>()!.ReadsFrom.Concat(QueryResults.ScopeEntities).ToHashSet();

        var undeclared = read.Where(table => !tables[table].Any(declared.Contains))
            .Select(table => $"{table} ({string.Join(", ", tables[table].Select(t => t.Name))})")
            .Order()
            .ToList();
        var neutralRead = CacheNeutralWrites.Columns
            .Select(c => (c.Entity, Table: db.Model.FindEntityType(c.Entity)!.GetTableName()!,
                Column: db.Model.FindEntityType(c.Entity)!.FindProperty(c.Property)!.GetColumnName()))
            .Where(c => sql.Any(s => ReadsColumn(s, c.Table, c.Column)))
            .Select(c => $"{c.Table}.{c.Column}")
            .ToList();

        read.ShouldNotBeEmpty();
        undeclared.ShouldBeEmpty($"{queryType.Name} reads these tables; add their entity types to its [CachedUntilChanged]");
        neutralRead.ShouldBeEmpty($"{queryType.Name} reads these columns, which CacheNeutralWrites says no cached query reads");
    }

    [Test]
    public void TheSqlReaderShouldFindTablesAndQualifiedColumns()
    {
        const string Sql = "SELECT r.id, r.narratives FROM report_submissions AS r LEFT JOIN \"plans\" AS p ON r.plan_id = p.id WHERE EXISTS (SELECT 1 FROM org_units AS o)";

        TablesOf(Sql).ShouldBe(["report_submissions", "plans", "org_units"], ignoreOrder: true);
        ReadsColumn(Sql, "report_submissions", "narratives").ShouldBeTrue();
        ReadsColumn(Sql, "report_submissions", "unit_plan_number").ShouldBeFalse();
        ReadsColumn(Sql, "plans", "narratives").ShouldBeFalse();
    }

    /// <summary>
    /// A province with a 2020 score, its plan with a target and an action led by a department, a Q1 2021 period
    /// the department owes a report in, and that report submitted: every cached query finds rows to read.
    /// </summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var added = await Client.AddProvinceAsync("Bắc Giang", "Bac Giang");
        using (var upload = await Client.UploadScoresAsync($"{Header}\n{Row(2020, "Bắc Giang", "Bac Giang", 1.5m)}\n"))
            await upload.ShouldHaveStatusAsync(System.Net.HttpStatusCode.OK);
        OrgUnit province;
        await using (var scope = TestRun.Factory.Services.CreateAsyncScope())
            province = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().OrgUnits.SingleAsync(u => u.Id == added.Id);
        var department = await TestActors.UnitAsync(OrgUnitKind.Department, "Sở Nội vụ", province);
        var (planId, _) = await TestActors.PlanAsync(province, department);
        var (periodId, obligations) = await TestActors.PeriodAsync(planId, new DateOnly(2021, 3, 20), null, (department, province));
        await TestActors.SubmittedReportAsync(obligations[0], department);
        return new Arranged(planId, periodId);
    }

    /// <summary>The application's own context options, with the recorder added.</summary>
    private static ApplicationDbContext Recording(IServiceProvider services, SqlRecorder recorder) =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>(services.GetRequiredService<DbContextOptions<ApplicationDbContext>>())
            .AddInterceptors(recorder).Options);

    /// <summary>
    /// Runs the query's handler itself (not the cache in front of it) as the operator, who sees everything;
    /// every application service it needs is built on the recording context.
    /// </summary>
    private static async Task RunAsync(IServiceProvider services, ApplicationDbContext db, object query)
    {
        var handlerType = typeof(IApplicationDbContext).Assembly.GetTypes().Single(t => !t.IsAbstract && t.GetInterfaces().Any(i =>
            i.IsGenericType && i.GetGenericTypeDefinition() == typeof(global::Mediator.IQueryHandler<,>) && i.GetGenericArguments()[0] == query.GetType()));
        var provider = new RecordingServices(services, db);
        var handler = ActivatorUtilities.CreateInstance(provider, handlerType);
        var handle = handlerType.GetMethod("Handle", [query.GetType(), typeof(CancellationToken)])!;
        var answer = handle.Invoke(handler, [query, CancellationToken.None])!;
        await (Task)answer.GetType().GetMethod("AsTask")!.Invoke(answer, null)!;
    }

    /// <summary>The test's services, but the application's classes built here so that all of them read through the recording context.</summary>
    private sealed class RecordingServices(IServiceProvider inner, ApplicationDbContext db) : IServiceProvider
    {
        private readonly Operator _caller = new();

        public object? GetService(Type serviceType)
        {
            if (serviceType == typeof(IApplicationDbContext) || serviceType == typeof(ApplicationDbContext))
                return db;
            if (serviceType == typeof(ICurrentUser))
                return _caller;
            if (serviceType.Assembly == typeof(IApplicationDbContext).Assembly && serviceType is { IsClass: true, IsAbstract: false }
                && inner.GetService(serviceType) is var registered && (registered is null || !IsSingleton(registered)))
                return ActivatorUtilities.CreateInstance(this, serviceType);
            return inner.GetService(serviceType);
        }

        /// <summary>Caches (role grants, query results) are shared by the whole application: take the one it has.</summary>
        private static bool IsSingleton(object service) => service is IChangeAwareCache;
    }

    private sealed class SqlRecorder : DbCommandInterceptor
    {
        public ConcurrentQueue<string> Commands { get; } = new();

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Commands.Enqueue(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }

    private static IEnumerable<string> TablesOf(string sql) => TableReference().Matches(sql).Select(m => m.Groups["table"].Value);

    /// <summary>Whether the SQL names the column through an alias of the table ("r.narratives" after "FROM report_submissions AS r").</summary>
    private static bool ReadsColumn(string sql, string table, string column) =>
        TableReference().Matches(sql).Where(m => m.Groups["table"].Value == table && m.Groups["alias"].Success)
            .Any(m => Regex.IsMatch(sql, $@"\b""?{Regex.Escape(m.Groups["alias"].Value)}""?\.""?{Regex.Escape(column)}""?\b"));

    [GeneratedRegex(@"\b(?:FROM|JOIN)\s+(?:""?\w+""?\.)?""?(?<table>[a-z_][a-z0-9_]*)""?(?:\s+AS\s+""?(?<alias>\w+)""?)?", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();
}

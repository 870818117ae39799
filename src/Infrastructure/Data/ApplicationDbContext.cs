using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Domain.Frameworks;
using PapiTracker.Domain.Organization;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Infrastructure.Data;

public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : DbContext(options), IApplicationDbContext
{
    public DbSet<IndexFramework> Frameworks => Set<IndexFramework>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<ScoreRelease> ScoreReleases => Set<ScoreRelease>();
    public DbSet<ReleaseEntry> ReleaseEntries => Set<ReleaseEntry>();
    public DbSet<ProvinceScore> ProvinceScores => Set<ProvinceScore>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
}

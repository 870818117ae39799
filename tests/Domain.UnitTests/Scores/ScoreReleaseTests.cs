using PapiTracker.Domain.Common;
using PapiTracker.Domain.Scores;

namespace PapiTracker.Domain.UnitTests.Scores;

public sealed class ScoreReleaseTests
{
    private readonly PapiTracker.Domain.Frameworks.IndexFramework _framework = TestFramework.Create();

    [Test]
    public void ShouldRefuseAYearItsVersionDoesNotCover() =>
        Should.Throw<DomainException>(() => ScoreRelease.Create(_framework.Versions[0], 2021, "f.csv", DateTimeOffset.UtcNow));

    [Test]
    public void ShouldRefuseAValueOffTheSubDimensionsScale()
    {
        var version = _framework.Versions[0];
        var release = ScoreRelease.Create(version, 2020, "f.csv", DateTimeOffset.UtcNow);

        Should.Throw<DomainException>(() => release.AddEntry(1, [(version.SubDimensions.First(), 5.01m)]))
            .Message.ShouldContain("outside");
    }

    [Test]
    public void ShouldRefuseAProvinceListedTwice()
    {
        var release = ScoreRelease.Create(_framework.Versions[0], 2020, "f.csv", DateTimeOffset.UtcNow);
        release.AddEntry(1, []);

        Should.Throw<DomainException>(() => release.AddEntry(1, []));
    }

    [Test]
    public void ShouldCountRevisions_AndStartTheNextOneEmpty_OnReimport()
    {
        var release = ScoreRelease.Create(_framework.Versions[0], 2020, "a.csv", DateTimeOffset.UtcNow);
        release.AddEntry(1, []);

        release.StartRevision("b.csv", DateTimeOffset.UtcNow);

        release.Revision.ShouldBe(2);
        release.Entries.ShouldBeEmpty();
        release.Source.ShouldBe("b.csv");
        release.AddEntry(1, []);
        release.Entries.ShouldHaveSingleItem().Revision.ShouldBe(2);
    }
}

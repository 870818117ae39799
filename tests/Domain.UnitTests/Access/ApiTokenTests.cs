using PapiTracker.Domain.Access;
using PapiTracker.Domain.Common;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Domain.UnitTests.Access;

public sealed class ApiTokenTests
{
    private const string Secret = "papi_0123456789abcdefghij";
    private static readonly OrgUnit BacGiang = OrgUnit.CreateProvince("Bắc Giang", null);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset InAMonth = Now.AddDays(30);

    [Test]
    public void ShouldKeepTheSecretsPrefixAndHash_AndEachScopeOnce()
    {
        var token = Issue(["scores:read", "plans:read", "scores:read"], InAMonth);

        token.Name.ShouldBe("Cổng dữ liệu tỉnh");
        token.Prefix.ShouldBe(Secret[..ApiToken.PrefixLength]);
        token.SecretHash.ShouldBe("hash");
        token.Scopes.ShouldBe(["scores:read", "plans:read"]);
        token.ExpiresAt.ShouldBe(InAMonth);
        token.RevokedAt.ShouldBeNull();
    }

    [Test]
    public void ShouldRefuseAToken_WithAnUnknownScope() =>
        Should.Throw<DomainException>(() => Issue(["scores:read", "scores:delete", "root"], InAMonth)).Text
            .ShouldBe(Messages.UnknownScopes("scores:delete, root"));

    [TestCase(0)]
    [TestCase(-1)]
    public void ShouldRefuseAToken_WhenItDoesNotExpireInTheFuture(int days) =>
        Should.Throw<DomainException>(() => Issue(["scores:read"], Now.AddDays(days))).Text.ShouldBe(Messages.TokenExpiryInFuture);

    [Test]
    public void ShouldBeValid_UntilTheMomentItExpires()
    {
        var token = Issue(["scores:read"], InAMonth);

        token.IsValidAt(Now).ShouldBeTrue();
        token.IsValidAt(InAMonth.AddTicks(-1)).ShouldBeTrue();
        token.IsValidAt(InAMonth).ShouldBeFalse();
        token.IsValidAt(InAMonth.AddDays(1)).ShouldBeFalse();
    }

    [Test]
    public void ShouldBeInvalid_FromItsRevocation_BeforeItExpires()
    {
        var token = Issue(["scores:read"], InAMonth);

        token.Revoke(Now.AddDays(1));

        token.RevokedAt.ShouldBe(Now.AddDays(1));
        token.IsValidAt(Now.AddDays(2)).ShouldBeFalse();
    }

    [Test]
    public void ShouldKeepTheFirstRevocationTime_WhenRevokedAgain()
    {
        var token = Issue(["scores:read"], InAMonth);
        token.Revoke(Now.AddDays(1));

        token.Revoke(Now.AddDays(3));

        token.RevokedAt.ShouldBe(Now.AddDays(1));
    }

    private static ApiToken Issue(string[] scopes, DateTimeOffset expiresAt) =>
        ApiToken.Issue("  Cổng dữ liệu tỉnh ", scopes, BacGiang, Secret, "hash", Guid.NewGuid(), Now, expiresAt);
}

using System.Net;
using System.Net.Http.Json;
using PapiTracker.Api.IntegrationTests.Infrastructure;
using PapiTracker.Application.Common.Models;
using PapiTracker.Application.Users;
using PapiTracker.Application.Users.Queries.GetUsers;
using PapiTracker.Domain.Access;
using PapiTracker.Domain.Organization;

namespace PapiTracker.Api.IntegrationTests.Users;

public sealed class UsersTests : ApiTest
{
    [Test]
    public async Task ShouldListEachUserWithTheRolesHeldAtTheirUnits_AndForgetARevokedRole()
    {
        var province = await TestActors.UnitAsync(OrgUnitKind.Province, "Bắc Giang");
        var district = await TestActors.UnitAsync(OrgUnitKind.District, "Huyện Việt Yên", province);
        var officer = await TestActors.UserAsync("can.bo");
        var coordinator = await PostAsync<RoleAtUnitDto>(Client, $"/api/v1/users/{officer}/roles", new { role = Role.Coordinator, unitId = province.Id });
        var unitOfficer = await PostAsync<RoleAtUnitDto>(Client, $"/api/v1/users/{officer}/roles", new { role = Role.UnitOfficer, unitId = district.Id });

        var listed = await GetAsync<PagedList<UserAccountDto>>("/api/v1/users");

        listed.Items.Single(u => u.Id == officer).Roles.ShouldBe([
            new RoleAtUnitDto(coordinator.AssignmentId, Role.Coordinator, province.Id, "Bắc Giang", null),
            new RoleAtUnitDto(unitOfficer.AssignmentId, Role.UnitOfficer, district.Id, "Huyện Việt Yên", null),
        ]);
        var admin = listed.Items.Single(u => u.UserName == "test.admin").Roles.ShouldHaveSingleItem();
        (admin.Role, admin.UnitId, admin.UnitNameVi).ShouldBe((Role.SystemAdmin, (int?)null, (string?)null));

        using var revoked = await Client.DeleteAsync($"/api/v1/users/{officer}/roles/{coordinator.AssignmentId}");
        await revoked.ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        var afterRevoke = await GetAsync<PagedList<UserAccountDto>>("/api/v1/users?search=can.bo");
        afterRevoke.Items.ShouldHaveSingleItem().Roles.ShouldHaveSingleItem().AssignmentId.ShouldBe(unitOfficer.AssignmentId);
    }
}

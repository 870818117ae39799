namespace PapiTracker.Domain.Access;

/// <summary>One thing a use case needs; roles and API token scopes both grant permissions.</summary>
public enum Permission
{
    ReadScores,
    ImportScores,
    ReadUnits,
    ManageUnits,
    ManageUsers,
    ManageApiTokens,
    ReadAudit,
    ReadPlans,
    ManagePlans,
    RecordProgress,

    /// <summary>Send a unit's report up (unit heads; coordinators for their subtree).</summary>
    SubmitReports,

    /// <summary>Return or approve the reports a unit receives.</summary>
    ReviewReports,

    /// <summary>Preview and apply a restructuring of the units (provinces, communes, a level ending): system admins only.</summary>
    RestructureUnits,

    /// <summary>Read the event feed (what changed, in order) for the subtree: coordinators, admins, integrations.</summary>
    ReadEvents,
    /// <summary>Define an index framework (a framework file through the API): system admins and operators' tokens only.</summary>
    DefineFrameworks,

    /// <summary>Subscribe another system's endpoint to the events of a subtree (webhooks): system admins and integrations' tokens.</summary>
    ManageWebhooks,
}

public static class Permissions
{
    private static readonly Permission[] Everyone = [Permission.ReadScores, Permission.ReadUnits, Permission.ReadPlans];

    /// <summary>Permissions that only read: all a role keeps at a unit that has ended.</summary>
    public static bool IsRead(this Permission permission) =>
        permission is Permission.ReadScores or Permission.ReadUnits or Permission.ReadPlans or Permission.ReadAudit or Permission.ReadEvents;

    public static bool IsGrantedBy(this Permission permission, Role role) => role switch
    {
        Role.SystemAdmin => true,
        Role.Coordinator => Everyone.Contains(permission)
            || permission is Permission.ManageUnits or Permission.ReadAudit or Permission.ManagePlans or Permission.RecordProgress
                or Permission.SubmitReports or Permission.ReviewReports or Permission.ReadEvents,
        Role.UnitHead => Everyone.Contains(permission) || permission is Permission.RecordProgress or Permission.SubmitReports,
        Role.UnitOfficer => Everyone.Contains(permission) || permission is Permission.RecordProgress,
        _ => Everyone.Contains(permission),
    };

    /// <summary>API token scopes as integrations name them, and the permissions they carry.</summary>
    public static readonly IReadOnlyDictionary<string, Permission> TokenScopes = new Dictionary<string, Permission>
    {
        ["scores:read"] = Permission.ReadScores,
        ["scores:import"] = Permission.ImportScores,
        ["units:read"] = Permission.ReadUnits,
        ["units:write"] = Permission.ManageUnits,
        ["audit:read"] = Permission.ReadAudit,
        ["plans:read"] = Permission.ReadPlans,
        ["actions:write"] = Permission.RecordProgress,
        ["submissions:write"] = Permission.SubmitReports,
        ["units:restructure"] = Permission.RestructureUnits,
        ["events:read"] = Permission.ReadEvents,
        ["frameworks:write"] = Permission.DefineFrameworks,
        ["webhooks:manage"] = Permission.ManageWebhooks,
    };
}

namespace PapiTracker.Domain.Access;

/// <summary>What a user may do at a unit; a role held at a unit covers its whole subtree.</summary>
public enum Role
{
    /// <summary>Runs the installation: everything, everywhere.</summary>
    SystemAdmin,

    /// <summary>Sở Nội vụ, Phòng Nội vụ: runs plans and periods, reviews its reporters, manages its units.</summary>
    Coordinator,

    /// <summary>Approves the unit's own report before it goes up.</summary>
    UnitHead,

    /// <summary>Edits the unit's progress and reports.</summary>
    UnitOfficer,

    /// <summary>Leaders: read-only.</summary>
    Viewer,
}
